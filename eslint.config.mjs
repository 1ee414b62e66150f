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
      // Law texts are printed with the ideographic space (第一条, then U+3000, then its words): quoted in templates, it is the text itself.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },
  {
    // Native weapp components: plain JavaScript in the mini-program's own runtime.
    files: ['src/services/native/**/*.js'],
    languageOptions: { globals: { wx: 'readonly', Component: 'readonly' } },
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
          paths: [
            { name: '@tarojs/taro', importNames: ['default'], message: 'Call Taro.* through src/services.' },
            { name: '@tarojs/components', importNames: ['Button'], message: 'Use src/components/button: Taro’s H5 button throws when its busy state and label change together.' },
          ],
          patterns: [
            { group: ['wx-server-sdk', 'pg', '@electric-sql/*', '**/server/**'], message: 'The client never reaches the server code.' },
            { group: ['**/services/api/call'], importNames: ['callFunction'], message: 'Call the typed function of src/services/api instead.' },
          ],
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
    // DESIGN.md §8: files of tens of lines, split past ~200.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 200, skipBlankLines: false, skipComments: false }] },
  },
  {
    // One errors catalogue: every coded failure is an entry of src/core/errors.ts (which assembles
    // each capability's src/core/<feature>/errors.ts); only their maker builds one.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    ignores: ['src/core/domain-error.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='DomainError']", message: 'Throw an entry of the errors catalogue (src/core/errors.ts, src/core/<feature>/errors.ts).' },
        {
          // Taro's H5 Text keeps React's text nodes in a slot: a part that appears later (an empty value filled
          // in) is inserted out of place ("从 开始，按上面的顺序轮流2026-01-05"). One string per Text.
          selector: "JSXElement[openingElement.name.name='Text']:has(> JSXText[value=/\\S/]):has(> JSXExpressionContainer[expression.type!='JSXEmptyExpression'])",
          message: 'Give a Text one string: {`words ${value} words`}, not words and {value} side by side.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
