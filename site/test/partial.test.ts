// Partial builds without Astro: which entry pages a build renders (selectPages), and what the
// build's last step takes from the build before and records (the partial() integration). The whole
// path, compared file by file with a full build, is tests/e2e/site-partial.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  groupFile,
  type PartialManifest,
  PREVIOUS_FILE,
  RESULT_FILE,
  selectPages,
  TAKEN_FILE,
} from '../src/data/partial.ts';
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

  /** Writes a file and the folders it is in. */
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  it('takes the unchanged pages, feeds and asset copies from the build before, and writes the manifest', async () => {
    const dist = path.join(work, 'dist');
    const kept = path.join(previousDir(), pageFile('/metoder/paketombud/'));
    put(kept, '<h1>Paketombud</h1>');
    writeFileSync(`${kept}.br`, 'br');
    writeFileSync(`${kept}.gz`, 'gz');
    // A feed is a file at its own path; this one was not made smaller by compressing: no copies.
    const feed = path.join(previousDir(), 'lan', 'jamtland', 'rss.xml');
    put(feed, '<rss/>');
    // The build rendered the changed page itself.
    const rendered = path.join(dist, pageFile('/metoder/bystamma/'));
    put(rendered, '<h1>Bystämma</h1>');
    // Assets: one the same as before (its copies are taken), one new (compressed later).
    for (const [name, text] of [
      ['same.css', 'a{}'],
      ['new.js', 'x()'],
    ] as const) {
      put(path.join(dist, '_astro', name), text);
    }
    put(path.join(previousDir(), '_astro', 'same.css'), 'a{}');
    writeFileSync(path.join(previousDir(), '_astro', 'same.css.br'), 'css-br');
    put(path.join(previousDir(), '_astro', 'new.js'), 'y()');
    writeFileSync(path.join(previousDir(), '_astro', 'new.js.br'), 'old-br');
    selectPages('entry-sv', PAGES);
    selectPages('feeds-county-sv', [
      { path: '/lan/jamtland/rss.xml', digest: 'f1', route: 'feed' },
      { path: '/metoder/sida/2/', digest: 'l2', route: 'list' },
    ]);
    writePrevious({
      '/metoder/bystamma/': 'a0',
      '/metoder/paketombud/': 'b1',
      '/mal/servicesamordnare/': null,
      '/lan/jamtland/rss.xml': 'f1',
      '/metoder/sida/2/': 'l1',
    });

    const lines: string[] = [];
    await buildDone({ dir: pathToFileURL(`${dist}/`), logger: { info: (line) => lines.push(line) } });

    const taken = path.join(dist, pageFile('/metoder/paketombud/'));
    expect(readFileSync(taken, 'utf8')).toBe('<h1>Paketombud</h1>');
    expect(statSync(taken).ino, 'a hard link, not a copy').toBe(statSync(kept).ino);
    expect(readFileSync(`${taken}.br`, 'utf8')).toBe('br');
    expect(readFileSync(`${taken}.gz`, 'utf8')).toBe('gz');
    expect(readFileSync(rendered, 'utf8'), 'the rendered page is left as rendered').toBe('<h1>Bystämma</h1>');
    expect(readFileSync(path.join(dist, 'lan', 'jamtland', 'rss.xml'), 'utf8')).toBe('<rss/>');
    expect(readFileSync(path.join(dist, '_astro', 'same.css.br'), 'utf8')).toBe('css-br');
    expect(existsSync(path.join(dist, '_astro', 'new.js.br')), 'a changed asset’s old copy').toBe(false);
    expect(JSON.parse(readFileSync(path.join(state, RESULT_FILE), 'utf8'))).toEqual({
      rendered: 2,
      taken: 1,
      otherRendered: 1,
      otherTaken: 1,
    });
    expect(JSON.parse(readFileSync(path.join(state, TAKEN_FILE), 'utf8')).sort()).toEqual(
      [path.join('lan', 'jamtland', 'rss.xml'), path.join('metoder', 'paketombud', 'index.html')].sort(),
    );
    expect(lines).toEqual([
      `2 entry pages and 1 list and municipality pages and feeds rendered, 1 and 1 taken from ${previousDir()}`,
    ]);
    const manifest = JSON.parse(readFileSync(path.join(dist, BUILD_INFO_DIR, MANIFEST_FILE), 'utf8'));
    expect(Object.entries(manifest.pages), 'every group, in path order').toEqual([
      ['/lan/jamtland/rss.xml', 'f1'],
      ['/mal/servicesamordnare/', null],
      ['/metoder/bystamma/', 'a1'],
      ['/metoder/paketombud/', 'b1'],
      ['/metoder/sida/2/', 'l2'],
    ]);
  });

  it('stops when a page it should take is missing from the build before', async () => {
    const dist = path.join(work, 'dist');
    mkdirSync(dist, { recursive: true });
    selectPages('entry-sv', PAGES);
    writePrevious({ '/metoder/paketombud/': 'b1' });
    await expect(buildDone({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } })).rejects.toThrow(/ENOENT/);
  });
});
