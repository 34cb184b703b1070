// Strapi's types of the CMS's content types and components (cms/types/generated/, committed; the
// CMS, the seed, the scripts and the tests are type-checked against them) match what Strapi
// generates from the schemas as they are now. A schema changed without `npm run types` fails here.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '@skb/search-indexer';
import { afterAll, describe, expect, it } from 'vitest';

const CMS_DIR = path.join(REPO_ROOT, 'cms');
const COMMITTED = path.join(CMS_DIR, 'types', 'generated');

describe('the committed Strapi types', () => {
  let outDir: string | undefined;
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('are what Strapi generates from the schemas now (else: npm run types)', { timeout: 300_000 }, async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'skb-types-'));
    // As `npm run types` runs it: from the CMS's folder (Strapi's generator formats with the
    // Prettier settings found from there: none, so its defaults).
    await promisify(execFile)(process.execPath, ['scripts/generate-types.ts', '--out-dir', outDir], {
      cwd: CMS_DIR,
      env: { ...process.env, ENV_PATH: '/nonexistent/skb-tests.env' },
    });
    const generatedDir = path.join(outDir, 'generated');
    const generated = (await readdir(generatedDir)).sort();
    expect(generated).toEqual(['components.d.ts', 'contentTypes.d.ts']);
    expect((await readdir(COMMITTED)).sort()).toEqual(generated);
    for (const file of generated) {
      const fresh = await readFile(path.join(generatedDir, file), 'utf8');
      const committed = await readFile(path.join(COMMITTED, file), 'utf8');
      expect(committed, `cms/types/generated/${file} is stale: run npm run types and commit the result`).toBe(fresh);
    }
  });
});
