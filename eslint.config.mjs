// Lint: typescript-eslint with type-aware rules, plus import boundaries that
// enforce ARCHITECTURE.md (core is pure; renderer reaches the OS only via platform/;
// only renderer/src/db imports Dexie; only renderer/src/state creates stores).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare built-in names are matched exactly (a pattern 'crypto' would also hit '../crypto/ed25519').
const nodeBuiltinNames = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'buffer', 'events', 'process'];
const builtinRegex = `^(${nodeBuiltinNames.join('|')})(/.*)?$`;
const nodeBuiltins = ['node:*'];

const restrict = (patterns, message) => patterns.map((group) => ({ group: [group], message }));
const noBuiltins = (message) => [...restrict(nodeBuiltins, message), { regex: builtinRegex, message }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', '.tmp/**', 'test-results/**', 'tests/fixtures/**', 'cli/bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.cjs', 'tests/e2e/*.mjs', 'tests/e2e/*.d.mts'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|describe|test)$/]", message: 'No skipped tests: a test that cannot run must fail with a reason.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...restrict(['**/renderer/**', '**/electron/**', '**/cli/**'], 'core/ is pure: it imports nothing from renderer/, electron/ or cli/.'),
            ...restrict(['react', 'react-dom', 'react/*', 'dexie', 'electron', 'zustand'], 'core/ is pure: no React, Dexie, Electron or stores.'),
            ...noBuiltins('core/ runs in the renderer too: no Node built-ins.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/.*)?$', message: 'The renderer reaches the OS only through renderer/src/platform.' }, ...restrict(['**/electron/main/**', '**/electron/preload/**'], 'The renderer reaches the OS only through renderer/src/platform.'),
            ...noBuiltins('The renderer never imports Node built-ins.'),
            ...restrict(['dexie', 'dexie/*'], 'Only renderer/src/db imports Dexie.'),
            ...restrict(['zustand', 'zustand/*'], 'Only renderer/src/state creates stores.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^electron(/.*)?$', message: 'The renderer reaches the OS only through renderer/src/platform.' }, ...noBuiltins('The renderer never imports Node built-ins.'), ...restrict(['zustand'], 'Only renderer/src/state creates stores.')] },
      ],
    },
  },
  {
    files: ['renderer/src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^electron(/.*)?$', message: 'The renderer reaches the OS only through renderer/src/platform.' }, ...noBuiltins('The renderer never imports Node built-ins.'), ...restrict(['dexie'], 'Only renderer/src/db imports Dexie.')] },
      ],
    },
  },
  {
    // The report document is rendered by the app AND by the CLI in Node (docs/decisions/0002):
    // it stays pure React over core's report model, so no db, platform, stores or app screens.
    // ReportScreen.tsx is the in-app wrapper (print button over the platform) and is exempt.
    files: ['renderer/src/features/report/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/report/ReportScreen.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/.*)?$', message: 'The report document is pure React: the CLI renders it in Node.' },
            ...noBuiltins('The report document is pure React: the CLI renders it in Node and the app in the browser.'),
            ...restrict(['dexie', 'dexie/*', 'zustand', 'zustand/*', 'react-dom/client'], 'The report document is pure React over the report model: no database, stores or DOM rendering.'),
            ...restrict(['**/db', '**/db/**', '**/platform', '**/platform/**', '**/state', '**/state/**', '**/app/**', '**/electron/**'], 'The report document renders only core/report’s model: the CLI renders it without the app’s db, platform or state.'),
          ],
        },
      ],
    },
  },
  {
    // The CLI is a thin Node wrapper over core; its one window into renderer/ is the report
    // renderer, so `panelscore report` prints the very document the app prints (decision 0002).
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+renderer/(?!src/features/report/(render-report-html|ReportDocument)$)', message: 'The CLI imports nothing from renderer/ but the report renderer (docs/decisions/0002-report-rendering.md).' }] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: restrict(['**/main/**', '**/renderer/**'], 'The preload only bridges: it imports the IPC contract and electron, nothing else.') }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
