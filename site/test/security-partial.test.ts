// The security step of a partial build: the policy's script hashes come from the pages this build
// rendered, read from disk, and, for the pages it took from the build before, from that build's
// record of each page's hashes (they are the same files). The whole path, compared with a full
// build, is tests/e2e/site-partial.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEnv } from '../src/config/env.ts';
import { PREVIOUS_FILE, TAKEN_FILE } from '../src/data/partial.ts';
import { security } from '../src/integrations/security.ts';
import { scriptHash } from '../src/lib/security/csp.ts';

type BuildDone = (options: { dir: URL; logger: { info(line: string): void } }) => Promise<void>;
const buildDone = security(readEnv({ SITE_URL: 'https://servicekunskapsbanken.example' })).hooks[
  'astro:build:done'
] as unknown as BuildDone;

const page = (script: string) => `<html><body><script>${script}</script></body></html>`;

describe('the security step of a build', () => {
  let work: string;
  let dist: string;
  let previous: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const run = async () => {
    await buildDone({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
    return {
      headers: readFileSync(path.join(dist, '_headers'), 'utf8'),
      record: JSON.parse(readFileSync(path.join(dist, '_build', 'inline-scripts.json'), 'utf8')),
    };
  };

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'skb-security-'));
    dist = path.join(work, 'dist');
    previous = path.join(work, 'previous');
    write(path.join(dist, 'sok', 'index.html'), page('search()'));
    write(path.join(dist, 'metoder', 'a', 'index.html'), '<p>no script</p>');
  });
  afterEach(() => {
    delete process.env.SITE_PARTIAL_STATE;
    rmSync(work, { recursive: true, force: true });
  });

  it('records the hashes of every page with scripts and puts them all in the policy (a full build)', async () => {
    const { headers, record } = await run();
    expect(record).toEqual({ [path.join('sok', 'index.html')]: [scriptHash('search()')] });
    expect(headers).toContain(scriptHash('search()'));
  });

  it('takes a taken page’s hashes from the previous build’s record instead of reading the page', async () => {
    const state = path.join(work, 'state');
    mkdirSync(state);
    process.env.SITE_PARTIAL_STATE = state;
    const taken = path.join('metoder', 'a', 'index.html');
    // The record says what the page holds; the file is not read (here it holds no script at all).
    write(path.join(previous, '_build', 'inline-scripts.json'), JSON.stringify({ [taken]: [scriptHash('kept()')] }));
    writeFileSync(
      path.join(state, PREVIOUS_FILE),
      JSON.stringify({ dir: previous, manifest: { fingerprint: 'f', now: '2026-12-01T00:00:00.000Z', pages: {} } }),
    );
    writeFileSync(path.join(state, TAKEN_FILE), JSON.stringify([taken]));
    const { headers, record } = await run();
    expect(record).toEqual({
      [taken]: [scriptHash('kept()')],
      [path.join('sok', 'index.html')]: [scriptHash('search()')],
    });
    expect(headers).toContain(scriptHash('kept()'));
    expect(headers).toContain(scriptHash('search()'));
  });
});
