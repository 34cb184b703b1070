import { defineConfig } from 'vitest/config';

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
          name: 'cms-seed',
          root: './cms',
          include: ['seed/**/*.test.ts'],
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
          include: ['integration/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: './tests',
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
