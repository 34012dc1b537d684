import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseLandscapeFile } from '../../shared/catalogue/landscape-parse';
import { MAX_LANDSCAPE_BYTES } from '../../shared/catalogue/landscape-import-report';
import { createI18n } from '../../shared/i18n/create-i18n';
import { describeError } from '../../shared/i18n/describe-error';
import { errorKeys } from '../../shared/i18n/error-keys';
import { type IpcErrorPayload, type IpcResult, toErrorPayload } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { burnRateAlerts } from '../../shared/sla/error-budget';
import { parseCompositeSpec } from '../../shared/sla/composite-spec';
import { MAX_CONFORMANCE_ZIP_BYTES } from '../../shared/conformance/read-conformance-zip';
import { landscapeFileTooLarge } from './catalogue-handlers';
import { readConformanceSource } from './conformance-files';
import { renderPdfWithChromium } from './chromium-pdf';
import { assertValidManifests } from './export-handlers';
import { createEmptyPlan } from '../../shared/plan/plan-schema';
import { type Handlers, dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { networkLandscapeYaml } from '../../tests/support/landscape-fixture';
import { readJsonFile, removeFile, writeJsonFileAtomic } from './json-file-store';

let dataDir: string;
let english: I18n;
let chinese: I18n;
/** Every key produced below: the last test checks that no key of the list went unexercised. */
const produced = new Set<string>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-errors-'));
  [english, chinese] = await Promise.all([createI18n('en'), createI18n('zh-CN')]);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/**
 * The English message is rendered from the key once, at the boundary; the full i18next setup the page
 * and the CLI use must say it word for word, and both languages' texts must be fully filled in, so an
 * error's key exists in both locales and its parameters are every one its texts use.
 */
function expectTranslatable(error: IpcErrorPayload): string {
  expect(error.i18n, error.message).toBeDefined();
  produced.add(error.i18n!.key);
  if (error.i18n!.key.startsWith('landscape.notLandscape')) produced.add(`landscape.shape.${error.i18n!.params.problem}`);
  if (error.i18n!.key.startsWith('landscape.notYaml')) produced.add(`landscape.yaml.${error.i18n!.params.problem}`);
  expect(describeError(error, english.t)).toBe(error.message);
  // A specific may hold braces itself (the SLI's {{window}} placeholder): only the text around them must be filled in.
  const withoutSpecifics = (text: string) => Object.values(error.i18n!.params).reduce<string>((rest, value) => rest.replaceAll(String(value), ''), text);
  expect(withoutSpecifics(error.message), error.i18n!.key).not.toMatch(/\{\{|\$t\(/u);
  const text = describeError(error, chinese.t);
  expect(text, error.i18n!.key).toMatch(/\p{Script=Han}/u);
  expect(withoutSpecifics(text), error.i18n!.key).not.toMatch(/\{\{|\$t\(/u);
  return text;
}

function failure(result: IpcResult<unknown>): IpcErrorPayload {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return { ...createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false }), ...overrides };
}

async function importFailure(content: string, fileName = 'landscape.yml'): Promise<IpcErrorPayload> {
  return failure(await dispatch(handlers(), 'importLandscape', { fileName, content }));
}

async function thrown(task: () => Promise<unknown>): Promise<IpcErrorPayload> {
  const error = await task().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserError);
  return toErrorPayload(error);
}

/** A billion-laughs document: nine levels of nine aliases each. */
function aliasBomb(): string {
  const levels = 'abcdefghi';
  const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let level = 1; level < levels.length; level += 1) {
    lines.push(`${levels[level]}: &${levels[level]} [${Array(9).fill(`*${levels[level - 1]}`).join(',')}]`);
  }
  return `landscape:\n  - ${lines.join('\n    ')}\n`;
}



describe('errors the main process creates, in both languages', () => {
  it('files that are not YAML, each problem in our words with its line, never the parser\'s advice', async () => {
    const samples: Record<string, string> = {
      multipleDocuments: 'landscape: []\n---\nlandscape: []\n',
      duplicateKey: 'a: 1\na: 2\n',
      tabIndent: 'a:\n\t- b\n',
      indentation: 'a:\n  b: 1\n c: 2\n',
      unclosed: 'a: "abc\n',
      badEscape: 'a: "\\q"\n',
      reservedStart: 'a: @x\n',
      keyLayout: 'a\nb: 1\n',
      anchorsAndTags: 'a: &x &y 1\n',
      syntax: '- a\nb: 1\n',
    };
    for (const [problem, content] of Object.entries(samples)) {
      const error = await importFailure(content, 'wrong.yml');
      expect(error.i18n, content).toMatchObject({ key: 'landscape.notYamlAt', params: { problem, line: expect.any(Number) } });
      expect(error.message).not.toMatch(/YAML\.|parseAllDocuments|\(\)/u);
      expectTranslatable(error);
    }
    expect((await importFailure(samples.multipleDocuments!, 'two.yml')).message).toBe(
      'two.yml: Not valid YAML: the file holds more than one YAML document (a line of only `---` starts another); a landscape file is one document, so remove the extra `---` or split the file (line 2, column 1).',
    );
  });

  it('landscape files that cannot be imported', async () => {
    expect(expectTranslatable(await importFailure('landscape: [unclosed', 'broken.yml'))).toMatch(/^broken\.yml：不是有效的 YAML（第 1 行第 \d+ 列）：/u);
    expectTranslatable(await importFailure('landscape:\n  - *nowhere\n'));
    expectTranslatable(await importFailure(aliasBomb()));
    expect(expectTranslatable(await importFailure('[1, 2]', 'list.yml'))).toBe(
      'list.yml：不是 CNCF landscape 文件：最外层（第 1 行）应为一个映射，且顶层有 `landscape:` 分类列表。',
    );
    expectTranslatable(await importFailure(''));
    expect(expectTranslatable(await importFailure('landscape:\n  - category:\n    name: Runtime\n    subcategories:\n      - subcategory:\n        items: []\n'))).toBe(
      'landscape.yml：不是 CNCF landscape 文件：landscape[0].subcategories[0].name 处（第 5 行）应为名称。',
    );
    for (const content of [
      'landscape: 5',
      'landscape:\n  - 5\n',
      'landscape:\n  - name: Runtime\n    subcategories: 5\n',
      'landscape:\n  - name: Runtime\n    subcategories:\n      - 5\n',
      'landscape:\n  - name: Runtime\n    subcategories:\n      - name: Network\n        items: 5\n',
      'landscape:\n  - name: Runtime\n    subcategories:\n      - name: Network\n        items:\n          - 5\n',
    ]) {
      expectTranslatable(await importFailure(content));
    }
    expectTranslatable(await importFailure(networkLandscapeYaml([{ homepage: 'https://example.com/' }])));
    expectTranslatable(await importFailure('landscape: []\n'));
    expectTranslatable(toErrorPayload(landscapeFileTooLarge('huge.yml', 51 * 1024 * 1024)));
  });

  it('a file over the limit refused by the parser itself', () => {
    try {
      parseLandscapeFile('网'.repeat(Math.floor(MAX_LANDSCAPE_BYTES / 3) + 1), 'huge.yml');
      expect.unreachable();
    } catch (error) {
      expectTranslatable(toErrorPayload(error));
    }
  });

  it('the data folder’s files', async () => {
    const folder = join(dataDir, 'a-folder');
    await mkdir(folder);
    const notJson = join(dataDir, 'not.json');
    await writeFile(notJson, '{ nope');
    const list = join(dataDir, 'list.json');
    await writeFile(list, '[1]');
    const file = join(dataDir, 'file');
    await writeFile(file, 'a file where a folder should be');

    expectTranslatable(await thrown(() => readJsonFile(folder, z.unknown(), null)));
    expectTranslatable(await thrown(() => readJsonFile(notJson, z.unknown(), null)));
    expectTranslatable(await thrown(() => readJsonFile(list, z.object({}).nullable(), null)));
    expectTranslatable(await thrown(() => writeJsonFileAtomic(join(file, 'x.json'), {})));
    expectTranslatable(await thrown(() => removeFile(join(file, 'x.json'))));
    expectTranslatable(failure(await dispatch(handlers(), 'saveExportFile', { suggestedName: 'a.csv', format: 'csv', content: '' })));
    expectTranslatable(failure(await dispatch(handlers(), 'showItemInFolder', { path: '/etc/passwd' })));
    const desktop = createHandlers({ dataDir, transport: 'electron', version: '1', locale: 'en', openExternal: async () => false, showItemInFolder: () => undefined });
    expectTranslatable(failure(await dispatch(desktop, 'showItemInFolder', { path: '/etc/passwd' })));
  });

  it('plan files and the plans workspace', async () => {
    const plans = handlers();
    const { plan } = await plans.createPlan({ title: 'Plan' });
    const badFiles = [
      '',
      '{"schemaVersion": 2, "title": "cut',
      'not json',
      `${'['.repeat(100)}${']'.repeat(100)}`,
      '{"schemaVersion":2,"constructor":{}}',
      '{"hello":"world"}',
      JSON.stringify({ ...plan, schemaVersion: 99 }),
      JSON.stringify({ ...plan, goals: 'none' }),
      `"${'x'.repeat(5 * 1024 * 1024)}"`,
    ];
    for (const content of badFiles) expectTranslatable(failure(await dispatch(plans, 'importPlanFile', { fileName: 'team.kplan.json', content })));
    expectTranslatable(failure(await dispatch(plans, 'loadPlan', { id: 'missing' })));
    expectTranslatable(failure(await dispatch(plans, 'restorePlan', { id: 'missing' })));
    expectTranslatable(failure(await dispatch(plans, 'openRecentPlanFile', { path: '/etc/passwd' })));
    expectTranslatable(failure(await dispatch(plans, 'openPlanFile', {})));
    const { plan: logPlan } = await plans.createPlan({ title: 'Log' });
    const decisionLog = Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, date: '2026-01-01', decision: '\u0001'.repeat(2_000), by: '' }));
    expectTranslatable(failure(await dispatch(plans, 'savePlan', { plan: { ...logPlan, decisionLog } })));
    await plans.savePlan({ plan: logPlan });
    expectTranslatable(failure(await dispatch(plans, 'savePlan', { plan: logPlan })));
  });

  it('plan export', async () => {
    const plan = createEmptyPlan({ id: 'p', title: 'Plan', now: new Date() });
    // The CLI and browser host pass a PDF renderer; these handlers have none.
    expectTranslatable(failure(await dispatch(handlers(), 'exportPlan', { plan, format: 'pdf', language: 'en' })));
    expectTranslatable(await thrown(() => renderPdfWithChromium('<p>x</p>', undefined, { chromiumPath: join(dataDir, 'no-chromium') })));
    const badNamespace = { object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'Not_A_Name' } } };
    expectTranslatable(
      await thrown(async () => assertValidManifests({ files: [{ target: 'k8s', fileName: 'plan.k8s.yaml', documents: [badNamespace], notes: [] }], notes: [] })),
    );
    const overlapping = { ...plan, cluster: { ...plan.cluster, podSubnet: '10.96.0.0/12' } };
    expectTranslatable(failure(await dispatch(handlers(), 'exportPlan', { plan: overlapping, format: 'yaml', language: 'en' })));
  });

  it('conformance imports', async () => {
    const noProducts = { source: 'notes', files: [{ path: 'notes/README.md', text: 'no products here' }], ignoredFiles: 0 };
    expectTranslatable(failure(await dispatch(handlers(), 'importConformance', noProducts)));
    const notZip = join(dataDir, 'notes.zip');
    await writeFile(notZip, 'plain text');
    expectTranslatable(await thrown(() => readConformanceSource(notZip)));
    // A sparse file: its size is over the limit without the disk holding it.
    const huge = join(dataDir, 'huge.zip');
    await writeFile(huge, '');
    await truncate(huge, MAX_CONFORMANCE_ZIP_BYTES + 1);
    expectTranslatable(await thrown(() => readConformanceSource(huge)));
  });

  it('damaged state files', async () => {
    const stateDir = join(dataDir, 'state');
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, 'preferences.json'), '{"theme": 7}');
    await writeFile(join(stateDir, 'view-state.json'), '{"workspace": ');
    const api = createHandlers({ dataDir: stateDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
    await api.loadPreferences({});
    await api.loadViewState({ key: 'workspace' });
    const { notices } = await api.takeStateNotices({});
    expect(notices).toHaveLength(2);
    for (const notice of notices) expectTranslatable(notice);
  });

  it('the SLA calculations: alert rules, window sets and composite specs', async () => {
    for (const sliExpression of ['  ', 'rate(errors[5m])', 'sum(rate(errors[{{window}}])', 'rate(errors[{{window}}]) total']) {
      expectTranslatable(failure(await dispatch(handlers(), 'generateAlertRules', { sloPercent: 99.9, windowDays: 30, sliExpression })));
    }
    const unreachable = expectTranslatable(failure(await dispatch(handlers(), 'generateAlertRules', { sloPercent: 90, windowDays: 30 })));
    expect(unreachable).toContain('SLO 为 90% 时，14.4 倍的消耗速率对应 1.44 的错误率');
    expectTranslatable(await thrown(async () => burnRateAlerts(7, 'four')));
    for (const spec of ['(a:99', '4of3(a:99)', '0x(a:99)', 'a:99 *', 'a:120', 'a:99.99999999999999999999', 'a:99 $']) {
      expectTranslatable(await thrown(async () => parseCompositeSpec(spec)));
    }
  });

  it('dispatch itself', async () => {
    expectTranslatable(failure(await dispatch(handlers(), 'deleteEverything', {})));
    expectTranslatable(failure(await dispatch(handlers(), 'computeDowntimeBudget', { availabilityPercent: 'lots' })));
    expectTranslatable(failure(await dispatch(handlers({ getAppInfo: async () => ({ version: 1 }) as never }), 'getAppInfo', {})));
    expectTranslatable(failure(await dispatch(handlers({ getAppInfo: async () => Promise.reject(new TypeError('boom')) }), 'getAppInfo', {})));
  });

  it('exercise every key of the list that the main process side can produce', () => {
    const elsewhere = [
      // Made by the Electron shell's link refusal, the browser host's auth checks (tested beside them)
      // and the page's own transport.
      'openExternal.refused',
      'web.forbiddenOrigin',
      'web.unauthorized',
      'host.unreachable',
      'host.noResult',
      // A problem without a line, or content the schema has no expectation for: the parser always
      // finds the line, and every shape check names what it expected, so no file reaches these.
      'landscape.notYaml',
      'landscape.undefinedAlias',
      'landscape.notLandscape',
      'landscape.noNamedItem',
      'landscape.shape.unexpected',
    ];
    expect(errorKeys.filter((key) => !produced.has(key) && !elsewhere.includes(key))).toEqual([]);
  });
});
