// What an earlier run of the stack on the same data folder left: a supervisor that still runs (the
// bank is up: do not start a second one), or processes that outlived a supervisor that crashed
// (stop them before starting anew). Only processes that the record or the run's marker prove to
// be ours are ever touched.
import { isStillRunning, type ProcessIdentity, processesOfRun } from './proc.ts';
import { type RunRecord, readRunRecord } from './run-record.ts';

export type PreviousRun =
  | { state: 'none' }
  | { state: 'running'; record: RunRecord }
  | { state: 'crashed'; record: RunRecord; leftovers: ProcessIdentity[] };

export function previousRun(dataDir: string): PreviousRun {
  const record = readRunRecord(dataDir);
  if (!record) return { state: 'none' };
  if (isStillRunning(record.supervisor)) return { state: 'running', record };
  const byPid = new Map<number, ProcessIdentity>();
  // What it recorded starting, if it is still the same process…
  for (const child of record.children) if (isStillRunning(child)) byPid.set(child.pid, child);
  // …and what those started in turn (Meilisearch under its launcher, a build's worker), found by
  // the run's marker, which every process of that run inherited.
  for (const found of processesOfRun(record.runId)) byPid.set(found.pid, found);
  return { state: 'crashed', record, leftovers: [...byPid.values()] };
}

/** The message for a second `npm start` while the bank runs: where it is and how to stop it. */
export function alreadyRunningMessage(record: RunRecord, dataDir: string): string {
  return [
    `the bank is already running (supervisor PID ${record.supervisor.pid}, started ${record.startedAt}, data in ${dataDir}):`,
    `  site ${record.urls.site}/   admin ${record.urls.cms}/admin`,
    `Stop it with Ctrl-C in its terminal, or: kill ${record.supervisor.pid}`,
  ].join('\n');
}

/** One line about the leftovers a start stopped. */
export function cleanedUpMessage(leftovers: readonly (ProcessIdentity & { name?: string })[]): string {
  const names = leftovers.map((each) => `${each.pid} ${each.command.split(' ')[0].split('/').pop()}`);
  return `stopped ${leftovers.length} process${leftovers.length === 1 ? '' : 'es'} left by an earlier run that did not end cleanly (${names.join(', ')})`;
}
