import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const rule = 'i18next/no-literal-string';

/**
 * Lints with the project's own eslint.config.js, so this test checks the rule as configured; `npm run lint`
 * applies it to the whole renderer.
 */
async function literalStringProblems(code: string, filePath: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule);
}

// The first lint loads the whole project config (plugins, parser): seconds on a busy 2-core machine.
describe('no literal user-visible strings in components', { timeout: 30_000 }, () => {
  it('flags literal text, aria-label, title and placeholder in a component', async () => {
    const problems = await literalStringProblems(
      `export function Greeting() {
        return (
          <section aria-label="Greeting">
            <p>Hello there</p>
            <input placeholder="Your name" title="Name" />
          </section>
        );
      }`,
      'renderer/features/example/Greeting.tsx',
    );
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5, 5]);
  });

  it('accepts translated text and attributes no one sees', async () => {
    const problems = await literalStringProblems(
      `import { useTranslation } from 'react-i18next';
      export function Greeting() {
        const { t } = useTranslation();
        return (
          <section aria-label={t('greeting')} className="card" data-kind="hello">
            <p>{t('hello')}</p>
            <input type="text" inputMode="decimal" autoComplete="off" />
          </section>
        );
      }`,
      'renderer/features/example/Greeting.tsx',
    );
    expect(problems).toEqual([]);
  });
});
