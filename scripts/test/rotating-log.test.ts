import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RotatingLog } from '../stack/rotating-log.ts';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'skb-log-'));

describe('RotatingLog', () => {
  it('rotates at the size limit and keeps exactly the configured number of older files', () => {
    const dir = tempDir();
    const log = new RotatingLog(path.join(dir, 'cms.log'), { maxBytes: 1000, keep: 3 });
    for (let line = 0; line < 200; line++) log.write(`line ${String(line).padStart(4, '0')} ${'x'.repeat(80)}\n`);
    log.close();
    expect(readdirSync(dir).sort()).toEqual(['cms.log', 'cms.log.1', 'cms.log.2', 'cms.log.3']);
    for (const file of readdirSync(dir)) expect(statSync(path.join(dir, file)).size).toBeLessThanOrEqual(1000);
    // The newest lines are in cms.log, the ones just before in cms.log.1.
    expect(readFileSync(path.join(dir, 'cms.log'), 'utf8')).toContain('line 0199');
    const previous = readFileSync(path.join(dir, 'cms.log.1'), 'utf8').trimEnd().split('\n');
    const current = readFileSync(path.join(dir, 'cms.log'), 'utf8').split('\n');
    expect(Number(/line (\d+)/.exec(previous.at(-1) ?? '')?.[1]) + 1).toBe(Number(/line (\d+)/.exec(current[0])?.[1]));
  });

  it('continues an existing log across restarts, counting its size', () => {
    const dir = tempDir();
    const file = path.join(dir, 'indexer.log');
    const first = new RotatingLog(file, { maxBytes: 100, keep: 1 });
    first.write(`${'a'.repeat(60)}\n`);
    first.close();
    const second = new RotatingLog(file, { maxBytes: 100, keep: 1 });
    second.write(`${'b'.repeat(60)}\n`);
    second.close();
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(`${'a'.repeat(60)}\n`);
    expect(readFileSync(file, 'utf8')).toBe(`${'b'.repeat(60)}\n`);
  });

  it('writes owner-only files', () => {
    const file = path.join(tempDir(), 'site-build.log');
    new RotatingLog(file, { maxBytes: 1000, keep: 1 }).write('x\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never throws when the file cannot be written', () => {
    const log = new RotatingLog('/proc/version/cannot-be.log', { maxBytes: 100, keep: 1 });
    expect(() => log.write('lost\n')).not.toThrow();
  });
});
