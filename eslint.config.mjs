import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const PLATFORM = ['@tarojs/*', 'wx-server-sdk', 'pg', '@electric-sql/*', 'node:*']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'cloudfunctions/*/index.js', 'coverage/**', '.data/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { API_BASE: 'readonly', USE_CLOUD: 'readonly', CLOUD_ENV: 'readonly' } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // DESIGN.md §5: the domain is pure — no platform, no SDK, no database.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: PLATFORM, message: 'src/core stays pure: no Taro, wx-server-sdk or database.' }] }],
    },
  },
  {
    // Taro.* and wx.* only in src/services; pages and components call through them.
    files: ['src/pages/**', 'src/packages/**', 'src/components/**', 'src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@tarojs/taro', importNames: ['default'], message: 'Call Taro.* through src/services.' }],
          patterns: [{ group: ['wx-server-sdk', 'pg', '@electric-sql/*', '**/server/**'], message: 'The client never reaches the server code.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'wx', message: 'Call wx.* through src/services.' }],
    },
  },
  {
    // wx-server-sdk only in the wechat adapters (and the bundled function entries through them).
    files: ['server/**', 'src/services/**'],
    ignores: ['server/adapters/wechat/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'wx-server-sdk', message: 'Only server/adapters/wechat may use wx-server-sdk.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
