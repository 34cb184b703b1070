// What Linux's /proc says about a process: enough to tell one process from a later one that got the
// same PID (its start time and command line), and to find the processes a run of the stack started
// (each carries the run's marker in its environment).
import { readdirSync, readFileSync } from 'node:fs';

/** A process as the stack records it. `startTime` is in clock ticks since boot (/proc/<pid>/stat, field 22). */
export interface ProcessIdentity {
  pid: number;
  startTime: number;
  command: string;
}

/** The environment variable that marks every process of one run of the stack. */
export const RUN_MARKER = 'SKB_STACK_RUN';

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The identity of a running process, or null when there is none with that PID (or it is a zombie). */
export function identify(pid: number): ProcessIdentity | null {
  const fields = statFields(pid);
  // fields[0] is field 3 (state); field 22 (start time) is fields[19].
  if (!fields || fields[0] === 'Z') return null;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
    return { pid, startTime: Number(fields[19]), command };
  } catch {
    return null;
  }
}

/** Whether `recorded` still runs: the same PID with the same start time and command line. */
export function isStillRunning(recorded: ProcessIdentity): boolean {
  const now = identify(recorded.pid);
  return now !== null && now.startTime === recorded.startTime && now.command === recorded.command;
}

/** Running processes whose environment carries `RUN_MARKER=runId` (only our own user's are readable). */
export function processesOfRun(runId: string): ProcessIdentity[] {
  const needle = `${RUN_MARKER}=${runId}`;
  const found: ProcessIdentity[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(needle)) continue;
    } catch {
      continue;
    }
    const identity = identify(Number(entry));
    if (identity) found.push(identity);
  }
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // gone already
  }
}

/**
 * Stops the given processes: SIGTERM (and SIGCONT, so a stopped one can act on it), then SIGKILL
 * to those still running after `graceMs`. Each is signalled only while its identity still matches,
 * so a PID that was reused meanwhile is never touched. Resolves when all are gone.
 */
export async function stopProcesses(processes: readonly ProcessIdentity[], graceMs = 8000): Promise<void> {
  const alive = () => processes.filter(isStillRunning);
  for (const each of alive()) {
    signal(each.pid, 'SIGTERM');
    signal(each.pid, 'SIGCONT');
  }
  const deadline = Date.now() + graceMs;
  while (alive().length > 0 && Date.now() < deadline) await sleep(100);
  for (const each of alive()) signal(each.pid, 'SIGKILL');
  while (alive().length > 0) await sleep(50);
}
