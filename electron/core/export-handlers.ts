import { writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import type { CatalogueSnapshot, Language, PlanExportFormat } from '../../shared/ipc/contract';
import {
  type ClusterConfigChoice,
  type ManifestBundle,
  type ManifestNote,
  buildManifestBundle,
  manifestFileText,
} from '../../shared/manifests/manifest-bundle';
import { validateManifestBundle } from '../../shared/manifests/validate-manifest-bundle';
import { UserError } from '../../shared/user-error';
import { type PlanDocument, type TranslatorFor, createPlanTranslators, planToDocument } from '../../shared/plan/plan-document';
import { type PrintFrame, planPrintFrame } from '../../shared/plan/plan-print-frame';
import { serializePlan } from '../../shared/plan/plan-file';
import { exportFormats } from '../../shared/export/export-formats';
import type { Plan } from '../../shared/plan/plan-schema';
import { planToHtml } from '../../shared/plan/plan-to-html';
import { planToMarkdown } from '../../shared/plan/plan-to-markdown';
import type { Handlers } from './dispatch';

/** Prints self-contained HTML; with a frame, every page gets its running header and page number. */
export type RenderPdf = (html: string, frame?: PrintFrame) => Promise<Uint8Array>;

type RenderedFile = { fileName: string; mimeType: string; content: string | Uint8Array };

/** One file to save or download; a multi-file export (manifests) also lists its parts and notes. */
export type RenderedExport = RenderedFile & { parts?: RenderedFile[]; notes?: ManifestNote[] };

/**
 * A file name from the plan's title, in any script (a Chinese title stays Chinese), with nothing a
 * file system could read as a folder or a device; the language is part of it because a team often
 * keeps both versions side by side.
 */
export function planExportFileName(plan: Plan, format: PlanExportFormat, language: Language): string {
  const base = planFileBaseName(plan);
  if (format === 'json') return `${base}.kplan.json`;
  if (format === 'yaml') return `${base}-manifests.zip`;
  return `${base}.${language}.${format}`;
}

function planFileBaseName(plan: Plan): string {
  return (
    plan.title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 80)
      .replace(/-+$/u, '') || 'kube-planner-plan'
  );
}

export type PlanExportRenderer = (plan: Plan, format: PlanExportFormat, language: Language, clusterConfig?: ClusterConfigChoice) => Promise<RenderedExport>;

/**
 * Renders plans for export. Translators are made once per language; catalogue names come from the
 * snapshot main already holds, so the document names products the way the catalogue does.
 */
export function createPlanExportRenderer(options: {
  renderPdf: RenderPdf | undefined;
  catalogue: () => Promise<CatalogueSnapshot>;
}): PlanExportRenderer {
  const translators = new Map<Language, Promise<TranslatorFor>>();
  const translatorsFor = (language: Language) => {
    let found = translators.get(language);
    if (found === undefined) {
      found = createPlanTranslators(language);
      translators.set(language, found);
    }
    return found;
  };

  async function html(plan: Plan, language: Language): Promise<string> {
    return planToHtml(await documentFor(plan, language));
  }

  async function documentFor(plan: Plan, language: Language) {
    const snapshot = await options.catalogue();
    const entryNames = new Map(snapshot.entries.map((entry) => [entry.id, entry.name]));
    return planToDocument(plan, { language, translatorFor: await translatorsFor(language), entryNames });
  }

  return async (plan, format, language, clusterConfig = 'kind') => {
    const fileName = planExportFileName(plan, format, language);
    const { mimeType } = exportFormats[format];
    switch (format) {
      case 'md':
        return { fileName, mimeType, content: planToMarkdown(await documentFor(plan, language)) };
      case 'html':
        return { fileName, mimeType, content: await html(plan, language) };
      case 'pdf':
        if (options.renderPdf === undefined) {
          throw new UserError('not-found', 'export.pdfUnavailable');
        }
        return { fileName, mimeType, content: await printPdf(options.renderPdf, await documentFor(plan, language)) };
      case 'json':
        return { fileName, mimeType, content: serializePlan(plan) };
      case 'yaml':
        return renderManifests(plan, clusterConfig, fileName);
    }
  };
}

/**
 * A plan's manifests, only once every document passes the Kubernetes schemas and the network is one
 * kind and kubeadm accept: a file that kubectl or kind would refuse halfway through is worse than none.
 */
export function validatedManifestBundle(plan: Plan, clusterConfig: ClusterConfigChoice, fileBaseName: string): ManifestBundle {
  return assertValidManifests(buildManifestBundle(plan, { clusterConfig, fileBaseName }));
}

/** The bundle back if every document passes the schemas; otherwise an error naming each problem. */
export function assertValidManifests(bundle: ManifestBundle): ManifestBundle {
  const { valid, problems } = validateManifestBundle(bundle);
  if (!valid) {
    const described = problems.map((problem) => `${problem.fileName} ${problem.kind} ${problem.name}: ${problem.message}`).join('; ');
    throw new UserError('internal', 'export.invalidManifests', { problems: described });
  }
  return bundle;
}

/** One YAML file as it is, several as one zip (a browser download is one file); the parts go along for the CLI. */
function renderManifests(plan: Plan, clusterConfig: ClusterConfigChoice, zipName: string): RenderedExport {
  const bundle = validatedManifestBundle(plan, clusterConfig, planFileBaseName(plan));
  const parts = bundle.files.map((file) => ({ fileName: file.fileName, mimeType: exportFormats.yaml.mimeType, content: manifestFileText(file, plan.title) }));
  const [only] = parts;
  if (parts.length === 1 && only) return { ...only, parts, notes: bundle.notes };
  const zip = zipSync(Object.fromEntries(parts.map((part) => [part.fileName, strToU8(part.content)])));
  return { fileName: zipName, mimeType: exportFormats.zip.mimeType, content: zip, parts, notes: bundle.notes };
}

function printPdf(renderPdf: RenderPdf, document: PlanDocument): Promise<Uint8Array> {
  return renderPdf(planToHtml(document), planPrintFrame(document));
}

function toBase64(content: string | Uint8Array): string {
  return (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)).toString('base64');
}

/**
 * `exportPlan`: with a save dialog (Electron) the user picks where the file goes and main writes it;
 * without one (the browser host, the CLI) the file comes back for the caller to download or write.
 */
export function createExportHandlers(options: {
  render: PlanExportRenderer;
  chooseSavePath?: (suggestedName: string, format: PlanExportFormat) => Promise<string | undefined>;
}): Pick<Handlers, 'exportPlan'> {
  return {
    exportPlan: async ({ plan, format, language, clusterConfig }) => {
      const rendered = await options.render(plan, format, language, clusterConfig);
      const encode = (file: RenderedFile) => ({ fileName: file.fileName, mimeType: file.mimeType, base64: toBase64(file.content) });
      const extras = {
        ...(rendered.parts && rendered.parts.length > 1 ? { files: rendered.parts.map(encode) } : {}),
        ...(rendered.notes ? { notes: rendered.notes } : {}),
      };
      if (options.chooseSavePath === undefined) return { saved: false, download: encode(rendered), ...extras };
      const path = await options.chooseSavePath(rendered.fileName, format);
      if (path === undefined) return { saved: false };
      try {
        await writeFile(path, rendered.content);
      } catch (error) {
        const reason = (error as Error).message;
        throw new UserError('io-failure', 'store.saveFailed', { path, reason });
      }
      return { saved: true, path, ...(rendered.notes ? { notes: rendered.notes } : {}) };
    },
  };
}
