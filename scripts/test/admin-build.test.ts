import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminBuildIsCurrent } from '@skb/cms/admin-build';
import { afterEach, describe, expect, it } from 'vitest';

describe('admin build freshness', () => {
  let root = '';
  const file = (relative: string, secondsAgo: number) => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, 'x');
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(full, when, when);
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is current when nothing it is built from changed after the build', () => {
    root = mkdtempSync(path.join(tmpdir(), 'skb-admin-build-'));
    file('cms/src/admin/app.tsx', 100);
    file('cms/src/plugins/skb-pickers/admin/src/index.tsx', 100);
    file('content-types/src/pick-lists.ts', 100);
    file('cms/dist/build/index.html', 50);
    expect(adminBuildIsCurrent(root)).toBe(true);
  });

  it('is stale when missing, or when a plugin or the model changed after it', () => {
    root = mkdtempSync(path.join(tmpdir(), 'skb-admin-build-'));
    expect(adminBuildIsCurrent(root)).toBe(false);
    file('cms/dist/build/index.html', 50);
    file('cms/src/plugins/skb-pickers/admin/src/PickListInput.tsx', 10);
    expect(adminBuildIsCurrent(root)).toBe(false);
    file('cms/src/plugins/skb-pickers/admin/src/PickListInput.tsx', 100);
    file('content-types/src/pick-lists.ts', 5);
    expect(adminBuildIsCurrent(root)).toBe(false);
  });
});
