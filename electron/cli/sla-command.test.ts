import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../core/handlers';
import { runCli } from './run-cli';

const dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-sla-cli-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));
const real = createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });

async function runWith(handlers: typeof real, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, handlers, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, 'en-US');
  return { code, stdout, stderr };
}

describe('sla goes through the contract', () => {
  it('prints what the handler answers, so the figures come from the channel and not from the CLI', async () => {
    const handlers = {
      ...real,
      computeErrorBudget: async () => ({ sloPercent: 99.9, windowDays: 30 as const, budgetFraction: 0.001, budgetSeconds: 3_600 }),
    };
    const { code, stdout } = await runWith(handlers, ['sla', 'budget', '99.9', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ budgetSeconds: 3_600 });
  });

  it('checks the answer against the contract: a handler bug is an error, not a figure', async () => {
    const handlers = { ...real, compareTable41: async () => [{ availabilityPercent: 'lots', cells: [] }] } as unknown as typeof real;
    const { code, stdout } = await runWith(handlers, ['sla', 'table41', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { code: 'invalid-response', i18n: { params: { channel: 'compareTable41' } } } });
    const text = await runWith(handlers, ['sla', 'table41']);
    expect(text.stderr).toContain('Error (invalid-response)');
  });
});
