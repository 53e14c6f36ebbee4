import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dependencies flow one way: app -> features -> components/hooks/lib. Features never import each other
// (a route composes them); inside a feature, imports are relative.
// zod compiles object schemas with `new Function` unless told not to, which the portal's Content-Security-Policy
// (no 'unsafe-eval') refuses, and the refusal is logged as a violation on every page that loads a form.
const zodOnlyFromLib = {
  name: 'zod',
  message: "Import z from '@/lib/zod', which runs zod without eval (the Content-Security-Policy forbids eval).",
};

const noCrossFeatureImports = {
  'no-restricted-imports': [
    'error',
    {
      paths: [zodOnlyFromLib],
      patterns: [
        { group: ['@/features/*'], message: 'Features do not import each other (or themselves via @/): compose them in src/app/routes, use relative imports inside a feature.' },
        { group: ['../../*'], message: 'Do not reach out of a feature with ../../; import shared code via @/components, @/hooks or @/lib.' },
        { group: ['@/app/*'], message: 'Only src/app may import from src/app.' },
      ],
    },
  ],
};

const sharedCodePatterns = [
  { group: ['@/features/*', '@/app/*'], message: 'Shared code (components, hooks, lib) must not depend on features or the app.' },
];

const sharedCodeRestrictions = {
  'no-restricted-imports': ['error', { paths: [zodOnlyFromLib], patterns: sharedCodePatterns }],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'target'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [jsxA11y.flatConfigs.strict, reactHooks.configs.flat['recommended-latest']],
  },
  { files: ['src/features/**/*.{ts,tsx}'], rules: noCrossFeatureImports },
  { files: ['src/components/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'], rules: sharedCodeRestrictions },
  { files: ['src/lib/zod.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedCodePatterns }] } },
  {
    files: ['vite.config.ts', 'eslint.config.js', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
