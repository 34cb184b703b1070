// Preloaded (`node --import`) into every Node process the stack starts: when the process that
// started it is gone (the supervisor killed with -9, out of memory, its terminal closed), this
// process and everything it started stop within seconds instead of living on as orphans.
// The kernel gives an orphan a new parent (init or a subreaper), which is what we watch for.
import { readFileSync } from 'node:fs';

const CHECK_MS = 500;
const GRACE_MS = 5000;

const parent = process.ppid;

/** This process's group (field 5 of /proc/self/stat): the stack starts each child as a group leader. */
function processGroup(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'latin1');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return 0;
  }
}

function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // gone already
  }
}

const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  // Nothing is written: the log pipe went with the supervisor, and a write would only fail.
  // A leader stops its whole group (its own children too); any other process only itself.
  const target = processGroup() === process.pid ? -process.pid : process.pid;
  // Not unref'd: it must fire even if a SIGTERM handler keeps the process busy.
  setTimeout(() => signal(target, 'SIGKILL'), GRACE_MS);
  signal(target, 'SIGTERM');
}, CHECK_MS);
watch.unref();
