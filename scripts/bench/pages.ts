// `npm run bench:pages [site URL]`: Lighthouse (simulated mobile: a mid-range phone on a slow 4G
// link, the tool's default) on the start page, a detail page, a municipality page and a search, three
// runs each, against a running site (default: the stack's, `npm start`, SITE_URL). Prints per page
// the median performance score, Largest Contentful Paint, total bytes and JavaScript bytes
// transferred, with min/median/max over the runs. Chromium: CHROMIUM_PATH (default /usr/bin/chromium);
// runs per page: BENCH_PAGES_RUNS (3).
// Run it on an idle machine: Lighthouse's simulation scales with the CPU it finds.
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { commandLine, UsageError } from '../command-line.ts';

const RUNS = Number(process.env.BENCH_PAGES_RUNS ?? 3);
const base = commandLine(
  {
    usage:
      'Användning / usage: npm run bench:pages [-- WEBBPLATSENS-ADRESS]   (standard / default: SITE_URL, http://127.0.0.1:4321)',
    options: {},
    positionals: true,
  },
  ({ positionals }) => {
    if (positionals.length > 1) throw new UsageError('högst en adress / at most one address');
    const url = positionals[0] ?? process.env.SITE_URL ?? 'http://127.0.0.1:4321';
    if (!URL.canParse(url)) throw new UsageError(`"${url}" är ingen adress / "${url}" is not an address`);
    return url.replace(/\/$/, '');
  },
);
const TARGET = { score: 95, searchLcpMs: 1500 };

/** The first page of the sitemap whose path matches, so the bench follows whatever content is there. */
async function firstPage(pattern: RegExp): Promise<string> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const path = new URL(loc ?? '').pathname;
    if (pattern.test(path)) return path;
  }
  throw new Error(`no page matching ${pattern} in ${base}/sitemap.xml`);
}

interface Run {
  score: number;
  lcpMs: number;
  /** Total Blocking Time and Cumulative Layout Shift: what the score is made of besides LCP. */
  tbtMs: number;
  cls: number;
  totalBytes: number;
  jsBytes: number;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const triple = (values: number[], format: (n: number) => string) => {
  const { min, median, max } = stats(values);
  return `${format(median)} (${format(min)}–${format(max)})`;
};

async function main(): Promise<void> {
  const pages = [
    { name: 'start page', path: '/' },
    { name: 'detail page', path: await firstPage(/^\/metoder\/[^/]+\/$/) },
    { name: 'municipality page', path: await firstPage(/^\/kommun\/[^/]+\/$/) },
    { name: 'search', path: '/sok/?q=lanthandel' },
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const results: { name: string; path: string; runs: Run[] }[] = [];
  try {
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(
          `${base}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
        const summary = (
          lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] }
        )?.items;
        runs.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
          totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
          jsBytes: summary?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
        });
        console.log(`${page.path} run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
      }
      results.push({ ...page, runs });
    }
  } finally {
    chrome.kill();
  }

  console.log(
    `\nLighthouse ${RUNS} runs per page, simulated mobile, ${base}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log('median (min–max)\n');
  console.log('| page | path | performance | LCP | TBT | CLS | total bytes | JS bytes |');
  console.log('| ---- | ---- | ----------- | --- | --- | --- | ----------- | -------- |');
  const misses: string[] = [];
  for (const { name, path, runs } of results) {
    const score = runs.map((run) => run.score);
    const lcp = runs.map((run) => run.lcpMs);
    console.log(
      `| ${name} | \`${path}\` | ${triple(score, String)} | ${triple(lcp, s)} | ${triple(
        runs.map((run) => run.tbtMs),
        (ms) => `${Math.round(ms)} ms`,
      )} | ${triple(
        runs.map((run) => run.cls),
        (n) => n.toFixed(3),
      )} | ${triple(
        runs.map((run) => run.totalBytes),
        kb,
      )} | ${triple(
        runs.map((run) => run.jsBytes),
        kb,
      )} |`,
    );
    if (stats(score).median < TARGET.score)
      misses.push(`${name}: performance ${stats(score).median} < ${TARGET.score}`);
    if (path.startsWith('/sok/') && stats(lcp).median > TARGET.searchLcpMs)
      misses.push(`${name}: LCP ${s(stats(lcp).median)} > ${s(TARGET.searchLcpMs)}`);
  }
  console.log(
    misses.length ? `\nbelow target: ${misses.join('; ')}` : `\nevery page ≥ ${TARGET.score}, search LCP ≤ 1.5 s`,
  );
}

await main();
