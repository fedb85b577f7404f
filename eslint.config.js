// @ts-check
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Raw-HTML sinks: only the sanitising component may put HTML on the page, and it uses none of these. */
const rawHtmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Use ArticleBody (sanitised DOM), never dangerouslySetInnerHTML.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML: build DOM nodes or use ArticleBody.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)$/]',
    message: 'No unsafe HTML parsing: ArticleBody sanitises.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write.',
  },
]

/**
 * One-way imports: app → routes → features → shared (components, lib); src never imports mocks/ or test/.
 * A later flat-config block replaces a rule's options instead of merging them, so every block repeats
 * the src-wide pattern next to its own.
 */
const noMocksInSrc = {
  regex: '^(\\.\\./)+(mocks|test)/',
  message:
    'src/ never imports mocks/ or test/ (main.tsx starts the mock worker dynamically, in development only).',
}
/** @param {...{ regex: string, message: string }} patterns */
const importsAllowed = (...patterns) => ['error', { patterns: [noMocksInSrc, ...patterns] }]

/** Every folder of src/features/ is a feature, guarded from the others as soon as it exists. */
const features = readdirSync(new URL('src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-qa',
      'dist-wordpress',
      'coverage',
      'reports',
      'test-results',
      'playwright-report',
      'node_modules',
      '.wordpress',
      'wordpress/dist',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { secret: _secret, ...rest } = value` is how a field is left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@tanstack/query/prefer-query-options': 'error',
    },
  },
  {
    files: ['mocks/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...rawHtmlSinks],
      'no-restricted-globals': ['error', { name: 'process', message: 'Browser code reads import.meta.env.' }],
      'no-restricted-imports': importsAllowed(),
    },
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': importsAllowed({
        regex: '^@/(app|routes|features)/',
        message: 'Shared code imports nothing above it.',
      }),
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': importsAllowed({
        regex: `^@/(app|routes|features/(?!${feature}/))`,
        message: 'Features never import each other, routes or app: compose them in a route.',
      }),
    },
  })),
  {
    files: ['src/routes/**'],
    rules: {
      'no-restricted-imports': importsAllowed({
        regex: '^@/app/',
        message: 'Routes never import the app wiring.',
      }),
    },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests may use the mock backend and fixtures.
      'no-restricted-imports': 'off',
      // expect(mockedFunction).toHaveBeenCalled… passes methods unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['*.config.{ts,js}', 'config/**', 'scripts/**', 'mocks/**', 'e2e/**', 'test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
