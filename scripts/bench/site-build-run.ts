// Runs the site's build script in a child process, as the stack and a deployment run it, against a
// CMS, and measures it from the command: wall time from the spawn to the exit, and the peak
// resident memory of the build's whole process tree (sampled from /proc). For bench:site and
// bench:publish-site.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';

export interface SiteBuildRun {
  kind: 'full' | 'partial';
  pages: number;
  /** From the command to the build in place, as the build script measures it. */
  seconds: number;
  /** From the spawn of the command to its exit. */
  wallSeconds: number;
  /** Peak resident memory of the build's process tree. */
  peakMb: number;
  /** A partial build's entry pages: rendered and kept from the build before. */
  rendered?: number;
  taken?: number;
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(readFileSync(`/proc/${id}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean))
        visit(Number(task));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** Runs site/scripts/build.ts with `env` added (CMS_URL, SITE_OUT_DIR, …); rejects when it fails. */
export async function runSiteBuild(env: Record<string, string>): Promise<SiteBuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'site/scripts/build.ts')], {
    cwd: path.join(REPO_ROOT, 'site'),
    env: {
      ...process.env,
      SITE_URL: 'https://servicekunskapsbanken.example',
      SITE_BUILD_QUIET: '1',
      SITE_BUILD_REPORT: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  let peakMb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const report = output.match(/^SITE_BUILD_REPORT (.*)$/m)?.[1];
  if (code !== 0 || !report) throw new Error(`site build failed (exit ${code}):\n${output.trim()}`);
  const parsed = JSON.parse(report) as Omit<SiteBuildRun, 'wallSeconds'>;
  // The build reports its own process's peak; the sampled tree (with its launcher) is the honest figure.
  return { ...parsed, wallSeconds, peakMb: Math.max(peakMb, parsed.peakMb) };
}

/** min / median / max / p95 (nearest rank) of a few runs. */
export function spread(values: readonly number[]): { min: number; median: number; max: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { min: sorted[0] ?? 0, median: at(0.5), max: sorted.at(-1) ?? 0, p95: at(0.95) };
}
