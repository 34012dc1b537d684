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

  it('refuses a locale file, the i18n resources, the English error texts and the envelope in a domain module', async () => {
    const code = [
      "import { errors } from '../i18n/en/errors';",
      "import { errors as zh } from '../i18n/zh-CN/errors';",
      "import { resources } from '../i18n/resources';",
      "import { englishErrorMessage } from '../i18n/english-errors';",
      "import { fail } from '../ipc/result';",
      'export const x = [errors, zh, resources, englishErrorMessage, fail];',
      '',
    ].join('\n');
    expect((await restrictedImports(code, 'shared/catalogue/example.ts')).map((problem) => problem.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lets a domain module throw a UserError with a typed key, and a domain test read a locale', async () => {
    const code = "import type { ErrorKey } from '../i18n/error-keys';\nimport { UserError } from '../user-error';\nexport const key: ErrorKey = 'landscape.noItems';\nexport const error = new UserError('invalid-file', key);\n";
    expect(await restrictedImports(code, 'shared/sla/example.ts')).toEqual([]);
    expect(await restrictedImports("import { errors } from '../i18n/en/errors';\nexport const x = errors;\n", 'shared/plan/example.test.ts')).toEqual([]);
    expect((await restrictedImports("import { fail } from '../ipc/result';\nexport const x = fail;\n", 'shared/plan/example.test.ts')).map((problem) => problem.line)).toEqual([1]);
  });
});

describe('the process boundaries', { timeout: 30_000 }, () => {
  it('refuse main, the page, Node and Electron in shared/, and in a domain module beside its own rules', async () => {
    const code = [
      "import { readFile } from 'node:fs/promises';",
      "import { app } from 'electron';",
      "import { dispatch } from '../../electron/core/dispatch';",
      "import { api } from '../../renderer/app/api';",
      'export const x = [readFile, app, dispatch, api];',
      '',
    ].join('\n');
    for (const file of ['shared/i18n/example.ts', 'shared/sla/example.ts']) {
      expect((await restrictedImports(code, file)).map((problem) => problem.line), file).toEqual([1, 2, 3, 4]);
    }
  });

  it('let a test of shared/ read files, but not reach into main or the page', async () => {
    const code = "import { readFile } from 'node:fs/promises';\nimport { dispatch } from '../../electron/core/dispatch';\nexport const x = [readFile, dispatch];\n";
    expect((await restrictedImports(code, 'shared/plan/example.test.ts')).map((problem) => problem.line)).toEqual([2]);
  });

  it('refuse main and Node in the page, and the page in main', async () => {
    const page = "import { dispatch } from '../../electron/core/dispatch';\nimport { join } from 'node:path';\nimport { ipcRenderer } from 'electron';\nexport const x = [dispatch, join, ipcRenderer];\n";
    expect((await restrictedImports(page, 'renderer/app/example.ts')).map((problem) => problem.line)).toEqual([1, 2, 3]);
    const main = "import { api } from '../../renderer/app/api';\nimport { app } from 'electron';\nexport const x = [api, app];\n";
    expect((await restrictedImports(main, 'electron/main/example.ts')).map((problem) => problem.line)).toEqual([1]);
  });
});
