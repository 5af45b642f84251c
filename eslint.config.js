import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '*.db', '*.db-*'] },
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
    files: ['src/doc/**', 'src/nlp/**', 'src/ingest/**', 'src/actors/**', 'src/time/**', 'src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/cli/**', '**/api/**', 'commander', 'fastify'], message: 'The core library must not import the CLI or the server.' },
      ] }],
    },
  },
  {
    files: ['src/actors/**', 'src/time/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/cli/**', '**/api/**', '**/store/**', 'better-sqlite3', 'commander'], message: 'Pipeline stages import only doc/ and nlp/.' },
        { group: ['../actors/**', '../time/**', '../ingest/**'], message: 'Stages talk through the Doc, not through imports.' },
      ] }],
    },
  },
);
