import { defineConfig } from 'vitest/config';

// Strapi reads ENV_PATH (default: the working folder's .env) as soon as it is imported. Tests run
// on the settings they set themselves, never on a developer's .env.
const isolatedEnv = { ENV_PATH: '/nonexistent/skb-tests.env' };

// One project per kind of test. Unit tests live beside their package; tests that need real services
// (Strapi, Meilisearch, PostgreSQL, Chromium) live in tests/ and run one file at a time.
export default defineConfig({
  test: {
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
          fileParallelism: false,
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
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
