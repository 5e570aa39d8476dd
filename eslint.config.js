import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'screenshots/**', 'coverage/**', 'dev-dist/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // TypeScript already checks names, with the right globals for each side.
    files: ['**/*.ts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
    },
  },
  {
    // shared/ is pure TypeScript used by both worlds: it imports neither.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/client/**', '**/server/**', 'node:*', 'vue', 'pinia', 'fastify'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    // The client only ever imports types from the server's world, and those through shared/.
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**'] }],
      // Storage goes through one persistence module (src/client/lib/persistence.ts).
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['src/client/lib/persistence.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Components render; HTTP belongs to client/api through stores and composables.
    files: ['src/client/components/**', 'src/client/pages/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['axios'], patterns: ['**/api/**', '**/server/**'] }],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'localStorage', 'sessionStorage'],
    },
  },
)
