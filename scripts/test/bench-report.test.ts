// The search benchmark's arithmetic: percentiles, request batches, min / median / max over runs, the
// targets judged on the medians, and the JSON it keeps.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile, toBatches } from '../bench/search/measure.ts';
import { type RunResult, resultsTable, summarise, writeReport } from '../bench/search/report.ts';

const p = (p50: number, p95: number, p99: number) => ({ p50, p95, p99 });
function run(n: number, overrides: Partial<RunResult> = {}): RunResult {
  return {
    source: 'strapi-sqlite',
    entries: 10_000,
    run: n,
    documents: 10_000,
    reindex: { oursDocsPerSecond: 80 + n, rawDocsPerSecond: 100, ratio: (80 + n) / 100, oursMs: 1000 },
    search: {
      samplesPerIndex: 2070,
      ours: p(2, 5 + n, 9),
      rawSame: p(2, 5, 9),
      rawPlain: p(2, 8, 12),
      queriesWithoutHits: { ours: 0, rawSame: 0, rawPlain: 1 },
    },
    // One slow run: the median meets the publish target, the max does not.
    publish: {
      samples: 30,
      p50: 100,
      p95: [0, 200, 250, 900][n] as number,
      max: 900,
      cms: { p50: 60, p95: 120, max: 400 },
      toIndex: { p50: 40, p95: 80, max: 500 },
    },
    ...overrides,
  };
}

describe('search benchmark report', () => {
  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('cuts documents into request bodies of the batch size', () => {
    const documents = Array.from({ length: 5 }, (_, i) => ({ id: `d${i}` }));
    const batches = toBatches(documents, 2).map((batch) => JSON.parse(batch.toString()));
    expect(batches).toEqual([[{ id: 'd0' }, { id: 'd1' }], [{ id: 'd2' }, { id: 'd3' }], [{ id: 'd4' }]]);
  });

  it('gives min / median / max of every figure per source and size', () => {
    const groups = summarise([
      run(3),
      run(1),
      run(2),
      run(1, { source: 'stand-in', entries: 100_000, publish: undefined }),
    ]);
    expect(groups).toHaveLength(2);
    const [strapi, standIn] = groups;
    expect(strapi).toMatchObject({ source: 'strapi-sqlite', entries: 10_000, runs: 3 });
    expect(strapi?.figures['search p95 ours']).toEqual({ min: 6, median: 7, max: 8 });
    expect(strapi?.figures['publish p95']).toEqual({ min: 200, median: 250, max: 900 });
    // The publish split: Strapi's own answer, then the way into the index.
    expect(strapi?.figures['publish p95: CMS answers']).toEqual({ min: 120, median: 120, max: 120 });
    expect(strapi?.figures['publish max: answer → findable']).toEqual({ min: 500, median: 500, max: 500 });
    expect(strapi?.figures['search p95 ratio to raw-same']?.median).toBeCloseTo(7 / 5);
    expect(standIn?.runs).toBe(1);
    expect(standIn?.figures['publish p95']).toBeUndefined();
  });

  it('judges each target on the median and labels the stand-in', () => {
    const table = resultsTable(
      summarise([run(1), run(2), run(3), run(1, { source: 'stand-in', entries: 100_000, publish: undefined })]),
    );
    expect(table).toMatch(
      /search p95 ours\s+6\.0 ms \/ 7\.0 ms \/ 8\.0 ms {2}target ≤ 10 ms at 10k, ≤ 20 ms at 100k: met/,
    );
    expect(table).toMatch(/search p95 ratio to raw-same\s+1\.20 \/ 1\.40 \/ 1\.60 {2}target ≤ 1\.1: NOT met/);
    expect(table).toMatch(/search p95 ratio to raw-plain.*target ≤ 1\.5: met/);
    expect(table).toMatch(/reindex ratio\s+0\.81 \/ 0\.82 \/ 0\.83 {2}target ≥ 0\.8.*: met/);
    expect(table).toMatch(/publish p95\s+200\.0 ms \/ 250\.0 ms \/ 900\.0 ms {2}target ≤ 300 ms: met/);
    expect(table).toMatch(/reindex ours docs\/s\s+81 \/ 82 \/ 83/);
    expect(table).toContain('stand-in (in-memory stand-in of the CMS, not Strapi), 100,000 entries, 1 runs');
  });

  it('writes the runs, the summary, the machine and its load as JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skb-bench-report-'));
    try {
      const file = path.join(dir, 'nested', 'search.json');
      const results = [run(1)];
      writeReport({
        file,
        results,
        failures: [{ source: 'strapi-sqlite', entries: 10_000, run: 2, problem: 'timeout' }],
        groups: summarise(results),
        machine: { cpus: 2, loadAtStart: [1, 2, 3], loadAtEnd: [4, 5, 6] },
        meilisearch: { version: '1.21.0', binary: 'meilisearch' },
        method: { batchSize: 1000, searchRepeats: 23, queries: 90, runs: 1 },
      });
      const report = JSON.parse(readFileSync(file, 'utf8'));
      expect(report.machine).toMatchObject({ cpus: 2, loadAtStart: [1, 2, 3], loadAtEnd: [4, 5, 6] });
      expect(report.runs).toEqual(results);
      expect(report.summary[0].figures['search p95 ours']).toEqual({ min: 6, median: 6, max: 6 });
      expect(report.failedRunsMadeAgain).toHaveLength(1);
      expect(report.method.rawPlain).toMatch(/plain documents/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
