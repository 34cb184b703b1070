import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteBuilder } from '../stack/site-builder.ts';

function setup(
  build: (outDir: string, n: number, from: string | null) => Promise<void>,
  debounceMs = 30,
  maxWaitMs?: number,
  removeAfterQuietMs = 50,
) {
  const siteDir = mkdtempSync(path.join(tmpdir(), 'skb-site-'));
  let n = 0;
  const logs: string[] = [];
  const froms: (string | null)[] = [];
  const builder = new SiteBuilder({
    siteDir,
    debounceMs,
    ...(maxWaitMs === undefined ? {} : { maxWaitMs }),
    removeAfterQuietMs,
    log: (line) => logs.push(line),
    build: async (outDir, { from }) => {
      n++;
      froms.push(from);
      await build(outDir, n, from);
      return from ? 'partial' : 'full';
    },
  });
  return { siteDir, builder, logs, builds: () => n, froms };
}

const writePage = (outDir: string, text: string) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), text);
};

describe('SiteBuilder', () => {
  it('publishes a good build by switching the current link', async () => {
    const { siteDir, builder } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`));
    const first = await builder.buildNow('start');
    expect(first.ok).toBe(true);
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 1');
    await builder.buildNow('publicering');
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 2');
    expect(realpathSync(path.join(siteDir, 'current'))).toBe(builder.currentDir && realpathSync(builder.currentDir));
  });

  it('keeps the last good site when a build fails, and says why', async () => {
    const { siteDir, builder, logs } = setup(async (outDir, n) => {
      writePage(outDir, `bygge ${n}`);
      if (n === 2) throw new Error('CMS unreachable at http://127.0.0.1:1337\nstack trace');
    });
    await builder.buildNow('start');
    const failed = await builder.buildNow('publicering');
    expect(failed).toMatchObject({ ok: false, error: 'CMS unreachable at http://127.0.0.1:1337' });
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 1');
    expect(builder.status().lastBuild?.ok).toBe(false);
    expect(builder.status().lastGoodBuild?.id).toBe(builder.status().current);
    expect(logs.at(-1)).toContain('still serving the last good site');
    const status = JSON.parse(readFileSync(path.join(siteDir, 'status.json'), 'utf8'));
    expect(status.lastBuild.error).toContain('CMS unreachable');
    expect(existsSync(path.join(siteDir, 'builds', failed.id))).toBe(false);
  });

  it('makes one build of requests that come close together', async () => {
    const { builder, builds } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 40);
    builder.request('a');
    builder.request('b');
    builder.request('c');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await builder.idle();
    expect(builds()).toBe(1);
    expect(builder.status().lastBuild?.reason).toBe('a, b, c');
  });

  it('builds within the longest wait when requests keep coming within the debounce', async () => {
    const { builder, builds } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 60, 150);
    const started = Date.now();
    let firstBuildAfter: number | undefined;
    let lastAt = 0;
    // A request every 20 ms for 600 ms: never 60 ms of quiet.
    while (Date.now() - started < 600) {
      lastAt = Date.now();
      builder.request(`publicering ${lastAt - started}`, { partial: true });
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (firstBuildAfter === undefined && builds() > 0) firstBuildAfter = Date.now() - started;
    }
    expect(firstBuildAfter).toBeDefined();
    expect(firstBuildAfter).toBeLessThan(400);
    await builder.idle();
    // The last request was built too: by a build that started after it.
    expect(Date.parse(builder.status().lastBuild?.startedAt ?? '')).toBeGreaterThanOrEqual(lastAt);
    expect(builds()).toBeGreaterThanOrEqual(2);
  });

  it('builds again after a running build when a request came in during it', async () => {
    let release: () => void = () => {};
    const { builder, builds } = setup(async (outDir, n) => {
      if (n === 1) await new Promise<void>((resolve) => (release = resolve));
      writePage(outDir, `bygge ${n}`);
    }, 5);
    builder.request('först');
    await new Promise((resolve) => setTimeout(resolve, 30));
    builder.request('under bygget');
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    await builder.idle();
    expect(builds()).toBe(2);
    expect(builder.status().lastBuild?.reason).toBe('under bygget');
  });

  it('builds partially from the served build when every request says what changed', async () => {
    const { siteDir, builder, froms } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 20);
    const first = await builder.buildNow('start');
    builder.request('publicering', { partial: true });
    builder.request('avpublicering', { partial: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await builder.idle();
    expect(froms).toEqual([null, path.join(siteDir, 'builds', first.id)]);
    expect(builder.status().lastBuild).toMatchObject({
      ok: true,
      kind: 'partial',
      reason: 'publicering, avpublicering',
    });
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 2');
  });

  it('builds in full when one of the requests does not say what changed, or nothing is served yet', async () => {
    const { builder, froms } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 20);
    builder.request('publicering', { partial: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await builder.idle();
    builder.request('publicering', { partial: true });
    builder.request('a new day');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await builder.idle();
    expect(froms).toEqual([null, null]);
    expect(builder.status().lastBuild?.kind).toBe('full');
  });

  it('builds in full when a partial build fails, leaving the served site untouched until then', async () => {
    const served: string[] = [];
    const { siteDir, builder, froms, logs } = setup(async (outDir, n, from) => {
      served.push(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8'));
      writePage(outDir, `bygge ${n}`);
      if (from) throw new Error('no manifest in the served build');
    });
    writePage(path.join(siteDir, 'seed'), 'start');
    const { symlinkSync } = await import('node:fs');
    symlinkSync('seed', path.join(siteDir, 'current'));
    const first = await builder.buildNow('start');
    const record = await builder.buildNow('publicering', 'partial');
    expect(froms).toEqual([null, path.join(siteDir, 'builds', first.id), null]);
    expect(served).toEqual(['start', 'bygge 1', 'bygge 1']);
    expect(record).toMatchObject({ ok: true, kind: 'full' });
    expect(logs.join('\n')).toContain(
      'the partial build failed (no manifest in the served build); building the whole site',
    );
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 3');
  });

  it('keeps the current build and the one before it, and deletes the older ones', async () => {
    const { siteDir, builder, builds } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await builder.buildNow(`bygge ${i}`)).id);
    expect(builds()).toBe(5);
    expect(readdirSync(path.join(siteDir, 'builds')).sort()).toEqual(ids.slice(-2));
    expect(builder.status().current).toBe(ids[4]);
    expect(readFileSync(path.join(siteDir, 'current', 'index.html'), 'utf8')).toBe('bygge 5');
  });

  it('removes an old build only while no build runs', async () => {
    let release = () => {};
    let hold = false;
    const { siteDir, builder } = setup(async (outDir, n) => {
      writePage(outDir, `bygge ${n}`);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = (await builder.buildNow('bygge 1')).id;
    await builder.buildNow('bygge 2');
    // The third build puts the first aside for removal; the fourth runs before it is removed.
    await builder.buildNow('bygge 3');
    hold = true;
    const fourth = builder.buildNow('bygge 4');
    const aside = path.join(siteDir, `removing-${first}`, 'index.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(aside)).toBe(true);
    release();
    await fourth;
    await builder.removed();
    expect(existsSync(path.dirname(aside))).toBe(false);
  });

  it('removes old builds once no build has run for a while, not between builds that come close', async () => {
    const { siteDir, builder } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 30, undefined, 400);
    const first = (await builder.buildNow('bygge 1')).id;
    await builder.buildNow('bygge 2');
    // The third build puts the first aside; it stays there while builds keep coming.
    await builder.buildNow('bygge 3');
    const aside = path.join(siteDir, `removing-${first}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(existsSync(aside)).toBe(true);
    const fourth = await builder.buildNow('bygge 4');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(existsSync(aside)).toBe(true);
    await builder.removed();
    expect(existsSync(aside)).toBe(false);
    expect(Date.now() - Date.parse(fourth.finishedAt)).toBeGreaterThanOrEqual(400);
  });

  it('removes old builds between builds, however close they come, once many wait', async () => {
    const { siteDir, builder } = setup(async (outDir, n) => writePage(outDir, `bygge ${n}`), 30, undefined, 600_000);
    const waiting = () => readdirSync(siteDir).filter((name) => name.startsWith('removing-')).length;
    for (let n = 1; n <= 14; n++) await builder.buildNow(`bygge ${n}`);
    // Twelve builds put aside: those beyond eight are removed without the quiet the others wait for.
    const deadline = Date.now() + 5_000;
    while (waiting() > 8 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waiting()).toBe(8);
  });
});
