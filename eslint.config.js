import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', 'examples/*/dist', 'examples/*/node_modules', '.storybook/public', 'examples/*/public', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  reactHooks.configs.flat.recommended,
  ...pluginQuery.configs['flat/recommended'],
  ...storybook.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as markup.' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/mocks/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/mocks', '**/mocks/**', 'msw', 'msw/*'], message: 'Only the mocks entry may use msw or the mocks.' }] }],
    },
  },
  {
    files: ['src/model/**', 'src/parsers/**', 'src/client/**', 'src/share/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react-intl', '@tanstack/*'], message: 'This layer never imports React.' },
        { group: ['**/mocks', '**/mocks/**', 'msw', 'msw/*'], message: 'Only the mocks entry may use msw or the mocks.' },
      ] }],
    },
  },
);
