// The search benchmark's report: the figures of each run, their min / median / max per source and
// size, the table it prints (with each target met or not, judged on the median) and the JSON it
// writes with the machine, its load and the method beside them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface RunResult {
  /** `strapi-sqlite`, `strapi-postgres` or `stand-in`. */
  source: string;
  entries: number;
  run: number;
  /** Documents in the index (entries' language versions and published helpdesk answers). */
  documents: number;
  reindex: { oursDocsPerSecond: number; rawDocsPerSecond: number; ratio: number; oursMs: number };
  search: {
    samplesPerIndex: number;
    ours: Percentiles;
    rawSame: Percentiles;
    rawPlain: Percentiles;
    queriesWithoutHits: { ours: number; rawSame: number; rawPlain: number };
  };
  /** Through real Strapi only. */
  publish?: {
    samples: number;
    p50: number;
    p95: number;
    max: number;
    /** Strapi's answer to the publish request alone, and from that answer until search finds the entry. */
    cms: { p50: number; p95: number; max: number };
    toIndex: { p50: number; p95: number; max: number };
  };
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface Group {
  source: string;
  entries: number;
  runs: number;
  figures: Record<string, Spread>;
}

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? Number.NaN,
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
};

/** The figures of each run, by name. */
function figuresOf(r: RunResult): Record<string, number> {
  const figures: Record<string, number> = {
    'reindex ours docs/s': r.reindex.oursDocsPerSecond,
    'reindex raw docs/s': r.reindex.rawDocsPerSecond,
    'reindex ratio': r.reindex.ratio,
    'search p50 ours': r.search.ours.p50,
    'search p95 ours': r.search.ours.p95,
    'search p99 ours': r.search.ours.p99,
    'search p50 raw-same': r.search.rawSame.p50,
    'search p95 raw-same': r.search.rawSame.p95,
    'search p99 raw-same': r.search.rawSame.p99,
    'search p50 raw-plain': r.search.rawPlain.p50,
    'search p95 raw-plain': r.search.rawPlain.p95,
    'search p99 raw-plain': r.search.rawPlain.p99,
    'search p95 ratio to raw-same': r.search.ours.p95 / r.search.rawSame.p95,
    'search p95 ratio to raw-plain': r.search.ours.p95 / r.search.rawPlain.p95,
  };
  if (r.publish) {
    figures['publish p50'] = r.publish.p50;
    figures['publish p95'] = r.publish.p95;
    figures['publish max'] = r.publish.max;
    figures['publish p50: CMS answers'] = r.publish.cms.p50;
    figures['publish p95: CMS answers'] = r.publish.cms.p95;
    figures['publish max: CMS answers'] = r.publish.cms.max;
    figures['publish p50: answer → findable'] = r.publish.toIndex.p50;
    figures['publish p95: answer → findable'] = r.publish.toIndex.p95;
    figures['publish max: answer → findable'] = r.publish.toIndex.max;
  }
  return figures;
}

/** Min / median / max of every figure per source and size. */
export function summarise(results: readonly RunResult[]): Group[] {
  const groups = new Map<string, RunResult[]>();
  for (const r of results) {
    const key = `${r.source}|${r.entries}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((runs) => {
    const first = runs[0] as RunResult;
    const names = Object.keys(figuresOf(first));
    return {
      source: first.source,
      entries: first.entries,
      runs: runs.length,
      figures: Object.fromEntries(names.map((name) => [name, spread(runs.map((r) => figuresOf(r)[name] as number))])),
    };
  });
}

/** Targets, judged on the median of the runs. */
const TARGETS: { figure: string; label: string; ok: (value: number, entries: number) => boolean }[] = [
  { figure: 'reindex ratio', label: '≥ 0.8 (through Strapi, 10k)', ok: (v) => v >= 0.8 },
  { figure: 'search p95 ours', label: '≤ 10 ms at 10k, ≤ 20 ms at 100k', ok: (v, n) => v <= (n <= 10_000 ? 10 : 20) },
  { figure: 'search p95 ratio to raw-same', label: '≤ 1.1', ok: (v) => v <= 1.1 },
  { figure: 'search p95 ratio to raw-plain', label: '≤ 1.5', ok: (v) => v <= 1.5 },
  { figure: 'publish p95', label: '≤ 300 ms', ok: (v) => v <= 300 },
];

export function resultsTable(groups: readonly Group[]): string {
  const format = (name: string, value: number) =>
    name.includes('ratio') ? value.toFixed(2) : name.includes('docs/s') ? value.toFixed(0) : `${value.toFixed(1)} ms`;
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(
      `\n${group.source}${group.source === 'stand-in' ? ' (in-memory stand-in of the CMS, not Strapi)' : ''}, ${group.entries.toLocaleString('en')} entries, ${group.runs} runs: min / median / max`,
    );
    for (const [name, s] of Object.entries(group.figures)) {
      const target = TARGETS.find((t) => t.figure === name);
      const verdict = target
        ? `  target ${target.label}: ${target.ok(s.median, group.entries) ? 'met' : 'NOT met'}`
        : '';
      lines.push(
        `  ${name.padEnd(30)} ${format(name, s.min)} / ${format(name, s.median)} / ${format(name, s.max)}${verdict}`,
      );
    }
  }
  return lines.join('\n');
}

/** Writes the runs and their summary with the machine, the Meilisearch and the method to `file` as JSON. */
export function writeReport(args: {
  file: string;
  results: RunResult[];
  /** Runs that failed and were made again. */
  failures: { source: string; entries: number; run: number; problem: string }[];
  groups: Group[];
  machine: { cpus: number; loadAtStart: number[]; loadAtEnd: number[] };
  meilisearch: { version: string; binary: string };
  method: { batchSize: number; searchRepeats: number; queries: number; runs: number };
}): void {
  const report = {
    date: new Date().toISOString(),
    machine: {
      ...args.machine,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    meilisearch: args.meilisearch,
    method: {
      ...args.method,
      sources: {
        'strapi-sqlite / strapi-postgres':
          'a copy of the corpus database loaded through the Document Service; the CMS and the indexer in processes of their own',
        'stand-in': 'an in-memory server shaped as the CMS REST API (sizes not loaded into Strapi)',
      },
      rawSame: 'raw Meilisearch, the same documents (read back from our index) and the same settings',
      rawPlain:
        'raw Meilisearch, default settings, plain documents (hidden fields removed), filterable only what the queries use',
      publishLatency:
        'content-manager publish action with a changed title (admin JWT) → CMS outbox → indexer → first search that finds it (polled every 5 ms), once the indexer has compared the index with the CMS after its start; split into the CMS answering the publish request and from that answer until found',
    },
    summary: args.groups,
    runs: args.results,
    failedRunsMadeAgain: args.failures,
  };
  mkdirSync(path.dirname(args.file), { recursive: true });
  writeFileSync(args.file, `${JSON.stringify(report, null, 2)}\n`);
}
