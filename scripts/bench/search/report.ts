// The search benchmark's report: the figures of one corpus size, the table it prints (with each
// target met or not) and the JSON it writes with the machine and the method beside them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

export interface SizeResult {
  entries: number;
  reindex: { oursDocsPerSecond: number; rawDocsPerSecond: number; ratio: number; oursMs: number };
  search: {
    queries: number;
    samples: number;
    ours: { p50: number; p95: number; p99: number };
    rawDefault: { p50: number; p95: number; p99: number };
    ratioP95: number;
    queriesWithoutHits: number;
  };
  publish: { samples: number; p50: number; p95: number; max: number };
}

export function resultsTable(results: SizeResult[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: string[][] = [['', ...results.map((r) => `${r.entries.toLocaleString('en')} entries`)]];
  const row = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...results.map(cell)]);
  row(
    'reindex, our path',
    (r) => `${Math.round(r.reindex.oursDocsPerSecond)} docs/s (${(r.reindex.oursMs / 1000).toFixed(1)} s)`,
  );
  row('reindex, raw addDocuments', (r) => `${Math.round(r.reindex.rawDocsPerSecond)} docs/s`);
  row(
    '  ratio (target ≥ 0.8 at 10k)',
    (r) => `${r.reindex.ratio.toFixed(2)}${r.entries <= 10_000 ? ` ${mark(r.reindex.ratio >= 0.8)}` : ''}`,
  );
  row(
    'search p50 / p95 / p99, ours',
    (r) => `${ms(r.search.ours.p50)} / ${ms(r.search.ours.p95)} / ${ms(r.search.ours.p99)}`,
  );
  row(
    'search p50 / p95 / p99, raw default',
    (r) => `${ms(r.search.rawDefault.p50)} / ${ms(r.search.rawDefault.p95)} / ${ms(r.search.rawDefault.p99)}`,
  );
  row('  p95 ratio (target ≤ 1.5)', (r) => `${r.search.ratioP95.toFixed(2)} ${mark(r.search.ratioP95 <= 1.5)}`);
  row('  p95 (target ≤ 10 ms at 10k, 20 ms at 100k)', (r) =>
    mark(r.search.ours.p95 <= (r.entries <= 10_000 ? 10 : 20)),
  );
  row(
    '  queries, samples, without hits',
    (r) => `${r.search.queries}, ${r.search.samples}, ${r.search.queriesWithoutHits}`,
  );
  row(
    'publish → findable p50 / p95',
    (r) => `${ms(r.publish.p50)} / ${ms(r.publish.p95)} (${r.publish.samples} publishes)`,
  );
  row('  p95 (target ≤ 1 s)', (r) => mark(r.publish.p95 <= 1000));
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((r) => (r[column] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')).join('\n');
}

/** Writes the results with the machine, the Meilisearch and the method to `file` as JSON. */
export function writeReport(args: {
  file: string;
  results: SizeResult[];
  meilisearch: { version: string; binary: string };
  method: { batchSize: number; searchRepeats: number };
}): void {
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    meilisearch: args.meilisearch,
    method: {
      ...args.method,
      rawSearchBaseline: 'same documents, default settings plus the filterable fields the queries use',
      publishLatency: 'new version in the API + signed webhook → first search that finds it (polled every 5 ms)',
    },
    results: args.results,
  };
  mkdirSync(path.dirname(args.file), { recursive: true });
  writeFileSync(args.file, `${JSON.stringify(report, null, 2)}\n`);
}
