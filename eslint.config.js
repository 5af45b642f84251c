import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', '.bench/**', '*.db', '*.db-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [] }],
    },
  },
  // The library never reaches the server, the CLI or argv: dependencies point one way.
  {
    files: ['src/**'],
    ignores: ['src/cli/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/cli/**', '**/api/**', 'commander', 'fastify', '@fastify/*'], message: 'The core library must not import the CLI or the server.' },
      ] }],
    },
  },
  {
    files: ['src/actors/**', 'src/time/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/cli/**', '**/api/**', '**/store/**', 'better-sqlite3', 'commander', 'fastify', '@fastify/*'], message: 'Pipeline stages import only doc/ and nlp/.' },
        { group: ['../actors/**', '../time/**', '../ingest/**'], message: 'Stages talk through the Doc, not through imports.' },
      ] }],
    },
  },
  // The browser UI (web/): browser globals, and no HTML parsing of strings, since article text is untrusted.
  {
    files: ['web/src/**'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', fetch: 'readonly', location: 'readonly', history: 'readonly', navigator: 'readonly',
        console: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', FormData: 'readonly', AbortController: 'readonly',
        AbortSignal: 'readonly', DOMException: 'readonly', ResizeObserver: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        requestAnimationFrame: 'readonly', Node: 'readonly', Element: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly',
        HTMLSelectElement: 'readonly', HTMLFormElement: 'readonly', HTMLAnchorElement: 'readonly', SVGElement: 'readonly',
        SVGSVGElement: 'readonly', DocumentFragment: 'readonly', Event: 'readonly', KeyboardEvent: 'readonly', MouseEvent: 'readonly',
        PointerEvent: 'readonly', FocusEvent: 'readonly', process: 'off',
      },
    },
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: 'Build DOM with web/src/dom.ts; text goes in as text nodes.' },
        { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'No document.write.' },
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(style|on.*)$/i]", message: 'No inline styles or handlers under the CSP.' },
      ],
    },
  },
);
