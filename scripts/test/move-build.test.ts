// Moving a finished build onto the data folder's disk: across disks it is copied, and a copy that
// runs out of space leaves nothing half-written. Needs root for the small tmpfs that plays the
// full disk; skipped otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveBuild } from '../stack/site.ts';

const CAN_MOUNT = process.getuid?.() === 0;

describe.skipIf(!CAN_MOUNT)('moveBuild onto another disk', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-move-'));
  const disk = path.join(root, 'disk');

  beforeAll(() => {
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
  });
  afterAll(() => {
    execFileSync('umount', ['-l', disk]);
    rmSync(root, { recursive: true, force: true });
  });

  const build = (name: string, bytes: number) => {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'metoder'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<h1>Servicekunskapsbanken</h1>');
    writeFileSync(path.join(dir, 'metoder', 'big.bin'), Buffer.alloc(bytes, 1));
    return dir;
  };

  it('copies a build that fits', async () => {
    await moveBuild(build('small', 1000), path.join(disk, 'small'));
    expect(readFileSync(path.join(disk, 'small', 'index.html'), 'utf8')).toContain('Servicekunskapsbanken');
  });

  it('refuses a build that does not fit, naming the cause, and leaves no part of it', async () => {
    await expect(moveBuild(build('large', 2 * 1024 * 1024), path.join(disk, 'large'))).rejects.toThrow(
      /could not write the build to .*ENOSPC/,
    );
    expect(existsSync(path.join(disk, 'large'))).toBe(false);
  });
});
