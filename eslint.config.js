import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * JSX attributes that never reach the user's eyes or ears. Everything else in JSX (text, aria-label,
 * title, placeholder, alt, …) must come from i18n, and lint fails on a literal.
 */
const nonVisibleJsxAttributes = [
  'className',
  'type',
  'key',
  'id',
  'role',
  'href',
  'rel',
  'target',
  'src',
  'htmlFor',
  'name',
  'value',
  'inputMode',
  'autoComplete',
  'scope',
  'lang',
  'dir',
  // Which plan section a control stores into: an identifier, never shown.
  'sectionKey',
  // Which look a shared component takes (DataTable's data or compare), and a class for its inner input.
  'appearance',
  'inputClassName',
  'method',
  'accept',
  'data-.*',
  'aria-(current|live|sort|haspopup|controls|expanded|pressed|selected|invalid|describedby|labelledby|keyshortcuts|hidden|modal|orientation|autocomplete|activedescendant|level|relevant|multiselectable|checked|atomic|colcount|rowcount|rowindex|colindex|setsize|posinset|busy|owns|readonly|disabled|required)',
];

const domainFolders = 'shared/{catalogue,choices,cluster,conformance,distributions,manifests,plan,security,sla,topology}';
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload use Electron.' };
const nodeModules = { group: ['node:*'], message: 'This code runs in the page as well: no Node modules.' };
const sharedBoundary = [
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is below both processes: main and the page import it, never the other way round.' },
];
const rendererBoundary = { group: ['**/electron/**'], message: 'The page reaches main only through the contract (renderer/app/api.ts).' };
const electronBoundary = { group: ['**/renderer/**'], message: 'Main serves the built page; it imports nothing from renderer/.' };
const belowContract = [
  { group: ['**/ipc/contract'], message: 'Domain code sits below the IPC contract; take Language from shared/language.ts.' },
  { group: ['**/ipc/result'], message: 'Domain code sits below the envelope; throw a UserError from shared/user-error.ts.' },
];
const belowLocales = {
  group: ['**/i18n/en/**', '**/i18n/zh-CN/**', '**/i18n/resources', '**/i18n/english-errors'],
  message: 'Domain code names an errors key and its parameters (UserError); the boundary renders the text from the locale.',
};

export const literalStringRuleOptions = {
  mode: 'jsx-only',
  'jsx-attributes': { exclude: nonVisibleJsxAttributes },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'assets/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'i18next/no-literal-string': ['error', literalStringRuleOptions],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
  {
    // The process boundaries: shared/ is pure TypeScript that main, the page and the CLI all run, so it
    // imports neither side nor Node nor Electron; the page and main meet only through the contract.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [...sharedBoundary, nodeModules] }] },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: sharedBoundary }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [rendererBoundary, nodeModules] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronBoundary] }] },
  },
  {
    // The domain folders of shared/ sit below the IPC contract and the locales: they take the Language
    // type from shared/language.ts and throw a UserError (shared/user-error.ts) whose text the boundary
    // renders from the locale; the contract imports them, never the other way round. Their tests may
    // read a locale to check a text. (A later block replaces an earlier one's options for the same
    // rule, so these repeat the process boundaries.)
    files: [`${domainFolders}/**/*.ts`],
    ignores: [`${domainFolders}/**/*.test.ts`],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [...sharedBoundary, nodeModules, ...belowContract, belowLocales] }],
    },
  },
  {
    files: [`${domainFolders}/**/*.test.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule], patterns: [...sharedBoundary, ...belowContract] }] },
  },
);
