import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHandover } from '../serve/handover.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'skb-handover-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a preview renderer's copy of the CMS data", () => {
  it('is read when it is there', async () => {
    const file = path.join(dir, 'there.json');
    writeFileSync(file, JSON.stringify({ entries: { method: [] } }));
    await expect(readHandover(file, 0)).resolves.toEqual({ entries: { method: [] } });
  });

  it('is waited for when it comes a moment later, as the stack renderer writes it (a new name, renamed)', async () => {
    const file = path.join(dir, 'later.json');
    setTimeout(() => {
      writeFileSync(`${file}.partial`, '{"faq":[]}');
      renameSync(`${file}.partial`, file);
    }, 300);
    const started = Date.now();
    await expect(readHandover(file, 5_000)).resolves.toEqual({ faq: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('is given up after the wait (the page code then reads the CMS)', async () => {
    const started = Date.now();
    await expect(readHandover(path.join(dir, 'never.json'), 300)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('is an error when the file is not JSON', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"faq": [');
    await expect(readHandover(file, 1_000)).rejects.toThrow(SyntaxError);
  });
});
