import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Lints a snippet as if it were the named file, with the project's own eslint.config.js. */
async function restrictedImports(code: string, filePath: string) {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports');
}

// The first lint loads the whole project config (plugins, parser): seconds on a busy 2-core machine.
describe('the layers of shared/', { timeout: 30_000 }, () => {
  it('refuses the IPC contract in a domain module', async () => {
    const problems = await restrictedImports("import type { Language } from '../ipc/contract';\nexport const x: Language = 'en';\n", 'shared/plan/example.ts');
    expect(problems.map((problem) => problem.line)).toEqual([1]);
  });

  it('lets a domain module take the language from shared/language.ts, and the transports take the contract', async () => {
    expect(await restrictedImports("import type { Language } from '../language';\nexport const x: Language = 'en';\n", 'shared/plan/example.ts')).toEqual([]);
    expect(await restrictedImports("import type { Language } from '../../shared/ipc/contract';\nexport const x: Language = 'en';\n", 'electron/core/example.ts')).toEqual([]);
  });
});
