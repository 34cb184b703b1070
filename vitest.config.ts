import { defineConfig } from 'vitest/config';

// Strapi reads ENV_PATH (default: the working folder's .env) as soon as it is imported. Tests run
// on the settings they set themselves, never on a developer's .env.
const isolatedEnv = { ENV_PATH: '/nonexistent/skb-tests.env' };

// One project per kind of test. Unit tests live beside their package; tests that need real services
// (Strapi, Meilisearch, PostgreSQL, Chromium) live in tests/, each file on its own ports, temporary
// folders and database. Vitest's default runs one file at a time on a 2-core machine; `npm test`
// runs two (scripts/test.sh), after building cms/dist once (tests/support/prepare.ts).
//
// Coverage: line, function, branch and statement coverage of each package by its fast unit tests
// (`npm test` runs them with --coverage, scripts/test.sh), never lower than the figures measured when
// the thresholds were set. The integration and end-to-end projects run the real services in child
// processes, which v8 coverage of this process does not see: they run without it.
export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      // Relative to each project's root: the packages' sources, the scripts' folders.
      include: [
        'src/**/*.{ts,tsx}',
        'seed/**/*.ts',
        'serve/**/*.ts',
        '*.ts',
        '{stack,backup,bench,report,reports}/**/*.ts',
      ],
      // The site's islands (Preact components) run only in a browser: tests/e2e/site-browser.test.ts
      // drives them in Chromium, where this coverage does not reach; their pure parts (.ts) are in.
      exclude: ['**/*.test.ts', '**/*.d.ts', 'src/islands/**/*.tsx'],
      reporter: ['text-summary'],
      // Measured on 2026-11-30 (issue #14), rounded down, on the tree that first ran them (with the
      // PDF reader, the review buttons and the preview worker, whose code the integration and e2e
      // tests run): raise them as tests are added, never lower.
      thresholds: {
        'content-types/src/**': { lines: 96, statements: 96, functions: 97, branches: 88 },
        'cms/src/**': { lines: 8, statements: 7, functions: 6, branches: 10 },
        'cms/seed/**': { lines: 66, statements: 64, functions: 75, branches: 57 },
        'search-indexer/src/**': { lines: 47, statements: 47, functions: 55, branches: 46 },
        // The site's raised on 2026-12-01 when the islands' components left the scope (see exclude).
        'site/{src,serve}/**': { lines: 58, statements: 57, functions: 50, branches: 59 },
        'scripts/**': { lines: 18, statements: 19, functions: 25, branches: 17 },
      },
    },
    projects: [
      {
        test: {
          name: 'content-types',
          root: './content-types',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'cms',
          root: './cms',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'cms-seed',
          root: './cms',
          include: ['seed/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'search-indexer',
          root: './search-indexer',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          root: './site',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'scripts',
          root: './scripts',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          root: './tests',
          env: isolatedEnv,
          include: ['integration/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          // Set-ups seed the whole bank, some with thousands of entries more: about two minutes on a
          // quiet machine, five or more when the two cores are shared.
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: './tests',
          env: isolatedEnv,
          include: ['e2e/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
