// Load benchmark: `npm run bench:load [-- --duration 30 --connections 50]`.
// Starts its own stack (`npm start` on free loopback ports, a temporary data folder and .env, the
// helpdesk's rate limit set high for the run, or it would measure 429s), then loads, one after the
// other, with autocannon: the served site, a search with the search-only key, a CMS list endpoint,
// and the helpdesk's POST. Each target is bounded in time (--duration, default 30 s) and in requests
// (--max-requests, default 1 000 000). Every address is 127.0.0.1: nothing leaves the machine.
// Prints a table and writes bench-results/load-<time>.json with p50/p95/p99 per target; exits 1 when
// any request failed (an error, a timeout or a status other than 2xx).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import {
  createMeiliClient,
  describeError,
  ensureSearchOnlyKey,
  httpRequest,
  REPO_ROOT,
  readEnvFile,
} from '@skb/search-indexer';
import autocannon from 'autocannon';
import { freePort } from '../../tests/support/ports.ts';
import { commandLine, wholeNumberOption } from '../command-line.ts';

const usage =
  'Användning / usage: npm run bench:load -- [--duration SEKUNDER] [--connections N] [--max-requests N] [--out FIL]';
const flags = commandLine(
  {
    usage,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      'max-requests': { type: 'string' },
      out: { type: 'string' },
    },
  },
  ({ values }) => ({
    duration: wholeNumberOption('duration', values.duration, 30),
    connections: wholeNumberOption('connections', values.connections, 50),
    maxRequests: wholeNumberOption('max-requests', values['max-requests'], 1_000_000),
    out: values.out,
  }),
);
const { duration, connections, maxRequests } = flags;

/** Percentile of sorted values (nearest rank). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

interface Target {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

interface TargetResult {
  name: string;
  url: string;
  requests: number;
  requestsPerSecond: number;
  /** Requests that failed without a response (autocannon counts timeouts among them). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

async function load(target: Target): Promise<TargetResult> {
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  let finished: (result: autocannon.Result) => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: target.url,
      method: target.method ?? 'GET',
      headers: target.headers,
      body: target.body,
      connections,
      duration,
      maxOverallRequests: maxRequests,
      timeout: 10,
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    name: target.name,
    url: target.url,
    requests: times.length,
    requestsPerSecond: Math.round(times.length / Math.max(1, result.duration)),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    latencyMs: {
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      max: round(times.at(-1) ?? Number.NaN),
    },
  };
}

function startStack(env: Record<string, string>): { child: ChildProcess; output: () => string; stop(): Promise<void> } {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'stack', 'start.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-(child.pid as number), 'SIGINT');
      const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilUp(stack: ReturnType<typeof startStack>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!stack.output().includes('Servicekunskapsbanken is up')) {
    if (stack.child.exitCode !== null) throw new Error(`the stack ended before it was up:\n${stack.output()}`);
    if (Date.now() > deadline) throw new Error(`the stack was not up within ${timeoutMs} ms:\n${stack.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'skb-bench-load-'));
const ports = { cms: await freePort(), site: await freePort(), meili: await freePort(), indexer: await freePort() };
const stackEnv: Record<string, string> = {
  ENV_PATH: path.join(work, '.env'),
  DATA_DIR: path.join(work, 'data'),
  CMS_PORT: String(ports.cms),
  SITE_PORT: String(ports.site),
  MEILI_PORT: String(ports.meili),
  INDEXER_PORT: String(ports.indexer),
  HELPDESK_RATE_LIMIT: '100000000',
};
const stack = startStack(stackEnv);
const stop = async () => {
  await stack.stop();
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const bootStarted = Date.now();
  console.log(`bench:load: starting a stack of its own in ${work}…`);
  await waitUntilUp(stack, 20 * 60_000);
  console.log(`bench:load: stack up in ${Math.round((Date.now() - bootStarted) / 1000)} s`);
  const env = readEnvFile(stackEnv.ENV_PATH);
  const meiliHost = `http://127.0.0.1:${ports.meili}`;
  const admin = createMeiliClient({ host: meiliHost, apiKey: env.MEILI_MASTER_KEY as string });
  const searchKey = (await ensureSearchOnlyKey(admin, 'knowledge')).key;
  const question = JSON.stringify({
    data: {
      name: 'Lasttest Exempelsson',
      email: 'lasttest@example.org',
      municipality: null,
      question: 'Hur startar vi ett serviceombud i byn? (Exempeldata från lasttestet.)',
      consent: true,
    },
  });
  const targets: Target[] = [
    { name: 'site: start page', url: `http://127.0.0.1:${ports.site}/` },
    {
      name: 'search: search-only key',
      url: `${meiliHost}/indexes/knowledge/search`,
      method: 'POST',
      headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'butik', limit: 20, facets: ['type', 'serviceAreas'] }),
    },
    {
      name: 'cms: list of methods',
      url: `http://127.0.0.1:${ports.cms}/api/methods?locale=sv&pagination[pageSize]=25`,
    },
    {
      name: 'helpdesk: POST a question',
      url: `http://127.0.0.1:${ports.cms}/api/helpdesk/questions`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: question,
    },
  ];
  // Each target once before the load: a wrong request would otherwise be measured as an error rate.
  for (const target of targets) {
    const probe = await httpRequest(target.url, { method: target.method, headers: target.headers, body: target.body });
    if (probe.status < 200 || probe.status > 299) {
      throw new Error(`${target.name} answered ${probe.status} before the load: ${probe.body.slice(0, 300)}`);
    }
  }
  const results: TargetResult[] = [];
  for (const target of targets) {
    console.log(`bench:load: ${target.name}, ${connections} connections for ${duration} s…`);
    results.push(await load(target));
  }
  const failed = results.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
  const report = {
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    connections,
    durationSeconds: duration,
    maxRequests,
    failedRequests: failed,
    targets: results,
  };
  console.log('');
  console.log('target                        req/s   requests  failed   p50 ms   p95 ms   p99 ms');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(28)} ${String(r.requestsPerSecond).padStart(6)} ${String(r.requests).padStart(10)} ${String(r.errors + r.non2xx).padStart(7)} ${String(r.latencyMs.p50).padStart(8)} ${String(r.latencyMs.p95).padStart(8)} ${String(r.latencyMs.p99).padStart(8)}`,
    );
  }
  const out =
    flags.out ??
    path.join(
      REPO_ROOT,
      'bench-results',
      `load-${report.at.replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}.json`,
    );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nbench:load: ${failed === 0 ? 'no failed requests' : `${failed} FAILED requests`}; report in ${out}`);
  await stop();
  process.exit(failed === 0 ? 0 : 1);
} catch (error) {
  console.error(`bench:load failed: ${describeError(error)}`);
  await stop();
  process.exit(1);
}
