// Every setting the code reads has a line in .env.example, and .env.example documents nothing that
// the code no longer reads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../stack/config.ts';

const SOURCES = [
  'cms/config',
  'cms/src',
  'cms/scripts',
  'cms/lib',
  'search-indexer/src',
  'site/src',
  'site/scripts',
  'site/astro.config.mjs',
  'scripts/stack',
  'scripts/meili.ts',
  'scripts/build.ts',
  'scripts/backup',
  'scripts/backup.ts',
  'scripts/restore.ts',
  'scripts/bench',
  'tests/support',
];

/** Names read as settings: process.env.X, env('X'), env.int('X'), text(env, 'X'), schema fields, … */
const READS = [
  /process\.env\.([A-Z][A-Z0-9_]+)/g,
  /process\.env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g,
  /\benv(?:\.(?:int|bool|float|array))?\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  /\b(?:text|integer|url|requiredEnv|port|positiveInt|atLeast|cronSetting)\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  /\benv\.([A-Z][A-Z0-9_]+)\b/g,
  /\bpositiveSetting\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  // A field of a settings schema (search-indexer/src/settings.ts): `  MEILI_PORT: port(7700),`.
  /^\s*([A-Z][A-Z0-9_]+):\s*(?:text|port|wholeNumber|httpUrl|oneOf|matching)\(/gm,
];

/** Read by tools we do not configure, or set by a script for its own child processes only. */
const NOT_SETTINGS = new Set([
  'ASTRO_TELEMETRY_DISABLED',
  'PATH',
  'HOME',
  'CI',
  'SKB_BENCH_CHILD',
  'SKB_STACK_RUN',
  // The site's build script tells Astro where the preview server's code goes, and tells the pages
  // and the partial() integration where to meet and what the build's code and settings are.
  'SITE_PREVIEW_SERVER_DIR',
  'SITE_PARTIAL_STATE',
  'SITE_BUILD_FINGERPRINT',
]);

function files(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && /\.(ts|tsx|mjs|astro)$/.test(file.name))
    .map((file) => path.join(file.parentPath, file.name));
}

function settingsReadByCode(): Set<string> {
  const names = new Set<string>();
  for (const file of SOURCES.flatMap(files)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of READS) for (const match of text.matchAll(pattern)) names.add(match[1]);
  }
  for (const name of NOT_SETTINGS) names.delete(name);
  return names;
}

/** Names in .env.example, set (`NAME=…`) or shown commented out (`# NAME=…`). */
function documented(): Set<string> {
  const text = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
  return new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
}

describe('.env.example', () => {
  it('documents every setting the code reads', () => {
    const missing = [...settingsReadByCode()].filter((name) => !documented().has(name)).sort();
    expect(missing).toEqual([]);
  });

  it('documents nothing the code does not read', () => {
    const read = settingsReadByCode();
    const stale = [...documented()].filter((name) => !read.has(name)).sort();
    expect(stale).toEqual([]);
  });
});
