// ESLint 9 flat config: TypeScript's recommended rules, Next's rules, and the layers of the tree
// (README, "Architecture"). `npm run lint` runs it, then knip; CI runs `npm run lint` after the tests.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import boundaries from 'eslint-plugin-boundaries'
import tseslint from 'typescript-eslint'

/** The layers, first match wins (a file belongs to one element). */
const elements = [
  { type: 'domain', pattern: 'src/domain/**', partialMatch: false },
  { type: 'services', pattern: 'src/services/**', partialMatch: false },
  { type: 'actions', pattern: 'src/actions/**', partialMatch: false },
  { type: 'endpoints', pattern: 'src/endpoints/**', partialMatch: false },
  { type: 'sites', pattern: 'src/sites/**', partialMatch: false },
  { type: 'app', pattern: 'src/app/**', partialMatch: false },
  { type: 'collections', pattern: 'src/collections/**', partialMatch: false },
  // Server views: React Server Components that load their own data, as a page does: Payload renders the
  // admin's views and dashboard widgets itself, so no page can hand them their data.
  { type: 'server-views', pattern: 'src/ui/admin/**', partialMatch: false },
  { type: 'ui', pattern: 'src/ui/**', partialMatch: false },
  { type: 'jobs', pattern: 'src/jobs/**', partialMatch: false },
  // Every e-mail's subject and text, one module per audience: pure templates that services, jobs and hooks queue.
  { type: 'emails', pattern: 'src/emails/**', partialMatch: false },
  // The rest of src (env, access, fields, globals, plugins, seed, migrations, payload-types), so that an
  // import of them is a known element and the rules below can refuse it.
  { type: 'src', pattern: 'src/**', partialMatch: false },
]

const layer = (type) => ({ element: { type } })
const anyOf = (...types) => ({ element: { types: { anyOf: types } } })

// The arrows point down: app → actions/ui → services → domain; collections → services → domain;
// services, jobs and collections → emails → domain (a page may show a sentence an e-mail also says).
// (Type imports count: a service names the generated types of src/payload-types.ts, not a collection's file.)
const uiPolicyFrom = layer('ui')
const layerPolicies = [
  {
    from: layer('domain'),
    disallow: { to: { element: { type: '!domain' } } },
    message: 'src/domain is pure: it imports nothing of ours outside src/domain.',
  },
  {
    from: uiPolicyFrom,
    // A type import names what a service returns and costs nothing at run time; a value import calls it.
    disallow: { to: layer('services'), dependency: { kind: 'value' } },
    message: 'UI never calls a service: a page loads the data, a client component calls an action (src/actions).',
  },
  {
    from: layer('services'),
    disallow: { to: anyOf('actions', 'app', 'ui', 'server-views', 'sites', 'endpoints', 'collections') },
    message:
      'Services never import actions, endpoints, pages, UI, sites or collections: move the shared piece down (src/domain).',
  },
  {
    from: layer('emails'),
    disallow: { to: { element: { types: { noneOf: ['domain', 'emails'] } } } },
    message:
      'An e-mail template is pure: it imports only src/domain and src/emails; its caller passes the links and settings in.',
  },
  {
    from: layer('collections'),
    disallow: { to: layer('app') },
    message: 'Collections never import pages.',
  },
]

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'next-env.d.ts',
      'src/migrations/**',
      'src/payload-types.ts',
      'src/payload-generated-schema.ts',
      'src/app/(payload)/admin/importMap.js',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  // Plain ES modules that Node loads as they are (Next's cache handler): Node's globals.
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { '@next/next': nextPlugin },
    settings: { next: { rootDir: '.' } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Unused bindings are errors; a leading underscore marks one kept on purpose (a callback's signature).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Next's rule reads every public path as a Pages Router page: under the host rewrite every path sits in
      // (sites)/[site], so each internal <a href> is reported once per dynamic route (27 links, 406 reports).
      // The links work without JavaScript as they are; moving them to <Link> belongs to the pages' owners.
      '@next/next/no-html-link-for-pages': 'off',
      // Prettier breaks code at 120 columns; this holds what it cannot break (comments) to 160. Strings stay
      // whole (French prose of the seed and the e-mails, SQL texts), so that they can be searched for.
      'max-len': [
        'error',
        { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'payload.config.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkUnknownLocals: true,
          policies: layerPolicies,
        },
      ],
    },
  },
  {
    // The content blocks' "latest" block lists the site's latest items wherever an editor places it in a
    // page: a server view inside the UI's content components, so it loads them itself.
    files: ['src/ui/content/Blocks.tsx'],
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'allow', checkUnknownLocals: true, policies: layerPolicies.filter((p) => p.from !== uiPolicyFrom) },
      ],
    },
  },
  {
    // Tests, scripts and benches may reach any layer.
    files: ['tests/**', 'bench/**', 'scripts/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
