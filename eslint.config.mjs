import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdkImports = [
  { group: ['**/adapters/**', '../adapters/*', '../../adapters/*'], message: 'src/ is platform-neutral: adapters depend on it, never the reverse.' },
  { group: ['@slack/*', 'botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Chat SDKs belong in adapters/.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'data/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sdkImports }] },
  },
  {
    // The domain is pure: no I/O, no storage, no scheduler, no clock, no randomness.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sdkImports,
            { group: ['../storage/*', '../app/*', '../runtime/*', '../ports/logger'], message: 'src/domain does no I/O.' },
            { group: ['node-cron', 'better-sqlite3', 'pino', 'node:*', 'fs', 'http', 'net'], message: 'src/domain does no I/O.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass a Clock instead of reading Date.now().' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass a Clock instead of new Date().' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass an Rng instead of Math.random().' },
        { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']", message: 'Pass a Clock instead of DateTime.now().' },
      ],
    },
  },
);
