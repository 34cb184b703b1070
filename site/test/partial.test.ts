// Partial builds without Astro: which entry pages a build renders (selectPages), and what the
// build's last step takes from the build before and records (the partial() integration). The whole
// path, compared file by file with a full build, is tests/e2e/site-partial.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupFile, type PartialManifest, PREVIOUS_FILE, RESULT_FILE, selectPages } from '../src/data/partial.ts';
import { BUILD_INFO_DIR, MANIFEST_FILE, pageFile, partial } from '../src/integrations/partial.ts';

type BuildDone = (options: { dir: URL; logger: { info(line: string): void } }) => Promise<void>;
const buildDone = partial().hooks['astro:build:done'] as unknown as BuildDone;

const PAGES = [
  { path: '/metoder/bystamma/', digest: 'a1', route: 'bystamma' },
  { path: '/metoder/paketombud/', digest: 'b1', route: 'paketombud' },
  { path: '/mal/servicesamordnare/', digest: null, route: 'mal' },
];

describe('partial builds', () => {
  let work: string;
  let state: string;
  const previousDir = () => path.join(work, 'previous');
  const writePrevious = (pages: PartialManifest['pages']) =>
    writeFileSync(
      path.join(state, PREVIOUS_FILE),
      JSON.stringify({ dir: previousDir(), manifest: { fingerprint: 'f', now: '2026-12-01T00:00:00.000Z', pages } }),
    );

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'skb-partial-'));
    state = path.join(work, 'state');
    mkdirSync(state);
    process.env.SITE_PARTIAL_STATE = state;
  });
  afterEach(() => {
    delete process.env.SITE_PARTIAL_STATE;
    rmSync(work, { recursive: true, force: true });
  });

  it('renders every page in a build not run by the build script, and records nothing', () => {
    delete process.env.SITE_PARTIAL_STATE;
    expect(selectPages('methods', PAGES)).toEqual(['bystamma', 'paketombud', 'mal']);
  });

  it('renders every page in a full build, and records each page’s digest', () => {
    expect(selectPages('methods', PAGES)).toEqual(['bystamma', 'paketombud', 'mal']);
    const recorded = JSON.parse(readFileSync(path.join(state, groupFile('methods')), 'utf8'));
    expect(recorded.pages).toEqual({
      '/metoder/bystamma/': 'a1',
      '/metoder/paketombud/': 'b1',
      '/mal/servicesamordnare/': null,
    });
  });

  it('renders in a partial build only the new, changed and always-rendered pages', () => {
    writePrevious({ '/metoder/bystamma/': 'a0', '/metoder/paketombud/': 'b1', '/mal/servicesamordnare/': null });
    expect(selectPages('methods', PAGES)).toEqual(['bystamma', 'mal']);
    writePrevious({ '/metoder/paketombud/': 'b1' });
    expect(selectPages('methods', PAGES)).toEqual(['bystamma', 'mal']);
  });

  it('takes the unchanged pages and their compressed copies from the build before, and writes the manifest', async () => {
    const dist = path.join(work, 'dist');
    const kept = path.join(previousDir(), pageFile('/metoder/paketombud/'));
    mkdirSync(path.dirname(kept), { recursive: true });
    writeFileSync(kept, '<h1>Paketombud</h1>');
    writeFileSync(`${kept}.br`, 'br');
    writeFileSync(`${kept}.gz`, 'gz');
    // The build rendered the changed page itself.
    const rendered = path.join(dist, pageFile('/metoder/bystamma/'));
    mkdirSync(path.dirname(rendered), { recursive: true });
    writeFileSync(rendered, '<h1>Bystämma</h1>');
    selectPages('methods', PAGES);
    writePrevious({ '/metoder/bystamma/': 'a0', '/metoder/paketombud/': 'b1', '/mal/servicesamordnare/': null });

    const lines: string[] = [];
    await buildDone({ dir: pathToFileURL(`${dist}/`), logger: { info: (line) => lines.push(line) } });

    const taken = path.join(dist, pageFile('/metoder/paketombud/'));
    expect(readFileSync(taken, 'utf8')).toBe('<h1>Paketombud</h1>');
    expect(statSync(taken).ino, 'a hard link, not a copy').toBe(statSync(kept).ino);
    expect(readFileSync(`${taken}.br`, 'utf8')).toBe('br');
    expect(readFileSync(`${taken}.gz`, 'utf8')).toBe('gz');
    expect(readFileSync(rendered, 'utf8'), 'the rendered page is left as rendered').toBe('<h1>Bystämma</h1>');
    expect(JSON.parse(readFileSync(path.join(state, RESULT_FILE), 'utf8'))).toEqual({ rendered: 2, taken: 1 });
    expect(lines).toEqual([`2 entry pages rendered, 1 taken from ${previousDir()}`]);
    const manifest = JSON.parse(readFileSync(path.join(dist, BUILD_INFO_DIR, MANIFEST_FILE), 'utf8'));
    expect(manifest.pages).toEqual({
      '/metoder/bystamma/': 'a1',
      '/metoder/paketombud/': 'b1',
      '/mal/servicesamordnare/': null,
    });
  });

  it('stops when a page it should take is missing from the build before', async () => {
    const dist = path.join(work, 'dist');
    mkdirSync(dist, { recursive: true });
    selectPages('methods', PAGES);
    writePrevious({ '/metoder/paketombud/': 'b1' });
    await expect(buildDone({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } })).rejects.toThrow(/ENOENT/);
  });
});
