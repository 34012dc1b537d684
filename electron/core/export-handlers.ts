import { writeFile } from 'node:fs/promises';
import type { CatalogueSnapshot, Language, PlanExportFormat } from '../../shared/ipc/contract';
import { type ManifestBundle, buildManifestBundle, manifestBundleToYaml } from '../../shared/manifests/manifest-bundle';
import { validateManifestBundle } from '../../shared/manifests/validate-manifest-bundle';
import { HandlerError } from '../../shared/ipc/result';
import { type PlanDocument, type TranslatorFor, createPlanTranslators, planToDocument } from '../../shared/plan/plan-document';
import { serializePlan } from '../../shared/plan/plan-file';
import { type PrintFrame, planPrintFrame } from '../../shared/plan/plan-print-frame';
import type { Plan } from '../../shared/plan/plan-schema';
import { planToHtml } from '../../shared/plan/plan-to-html';
import { planToMarkdown } from '../../shared/plan/plan-to-markdown';
import type { Handlers } from './dispatch';

/** Prints self-contained HTML; with a frame, every page gets its running header and page number. */
export type RenderPdf = (html: string, frame?: PrintFrame) => Promise<Uint8Array>;

export type RenderedExport = { fileName: string; mimeType: string; content: string | Uint8Array };

const MIME_TYPES: Record<PlanExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json;charset=utf-8',
  yaml: 'application/yaml;charset=utf-8',
};

/**
 * A file name from the plan's title, in any script (a Chinese title stays Chinese), with nothing a
 * file system could read as a folder or a device; the language is part of it because a team often
 * keeps both versions side by side.
 */
export function planExportFileName(plan: Plan, format: PlanExportFormat, language: Language): string {
  const base =
    plan.title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 80)
      .replace(/-+$/u, '') || 'kube-planner-plan';
  if (format === 'json') return `${base}.kplan.json`;
  if (format === 'yaml') return `${base}-manifests.yaml`;
  return `${base}.${language}.${format}`;
}

export type PlanExportRenderer = (plan: Plan, format: PlanExportFormat, language: Language) => Promise<RenderedExport>;

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

  return async (plan, format, language) => {
    const fileName = planExportFileName(plan, format, language);
    const mimeType = MIME_TYPES[format];
    switch (format) {
      case 'md':
        return { fileName, mimeType, content: planToMarkdown(await documentFor(plan, language)) };
      case 'html':
        return { fileName, mimeType, content: await html(plan, language) };
      case 'pdf':
        if (options.renderPdf === undefined) {
          throw new HandlerError('not-found', 'PDF export is not available here.', { key: 'export.pdfUnavailable', params: {} });
        }
        return { fileName, mimeType, content: await printPdf(options.renderPdf, await documentFor(plan, language)) };
      case 'json':
        return { fileName, mimeType, content: serializePlan(plan) };
      case 'yaml':
        return { fileName, mimeType, content: validatedManifestYaml(buildManifestBundle(plan)) };
    }
  };
}

/**
 * A manifest bundle as one YAML stream, only once every document passes the Kubernetes schemas: a
 * file that kubectl would refuse halfway through is worse than none.
 */
export function validatedManifestYaml(bundle: ManifestBundle): string {
  const { valid, problems } = validateManifestBundle(bundle);
  if (!valid) {
    const described = problems.map((problem) => `${problem.fileName} ${problem.kind} ${problem.name}: ${problem.message}`).join('; ');
    throw new HandlerError('internal', `The manifests failed the Kubernetes schema check, so none were exported: ${described}`, {
      key: 'export.invalidManifests',
      params: { problems: described },
    });
  }
  return manifestBundleToYaml(bundle);
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
    exportPlan: async ({ plan, format, language }) => {
      const rendered = await options.render(plan, format, language);
      if (options.chooseSavePath === undefined) {
        return { saved: false, download: { fileName: rendered.fileName, mimeType: rendered.mimeType, base64: toBase64(rendered.content) } };
      }
      const path = await options.chooseSavePath(rendered.fileName, format);
      if (path === undefined) return { saved: false };
      try {
        await writeFile(path, rendered.content);
      } catch (error) {
        const reason = (error as Error).message;
        throw new HandlerError('io-failure', `Could not save ${path}: ${reason}`, { key: 'store.saveFailed', params: { path, reason } });
      }
      return { saved: true, path };
    },
  };
}
