// The lifeline on real processes: a child started with it, and the child's own child, stop within
// seconds when the process that started them is killed with -9.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { identify, processesOfRun, RUN_MARKER } from '../stack/proc.ts';

const LIFELINE = fileURLToPath(new URL('../stack/lifeline.ts', import.meta.url));

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe('lifeline', () => {
  it('stops a child and its group when its supervisor is killed with -9', async () => {
    const runId = `lifeline-test-${process.pid}-${Date.now()}`;
    // A stand-in supervisor (bash) starting, as the stack does, a Node child in its own group with
    // the lifeline, which starts a grandchild of its own.
    const child = `require('node:child_process').spawn('sleep', ['300'], { stdio: 'ignore' }); setInterval(() => {}, 1000);`;
    const supervisor = spawn(
      'bash',
      ['-c', `setsid ${process.execPath} --import ${LIFELINE} -e "${child}" & sleep 300`],
      { env: { ...process.env, [RUN_MARKER]: runId }, stdio: 'ignore' },
    );
    try {
      await until(() => processesOfRun(runId).length >= 4, 10_000); // sleep, node, its sleep, bash's sleep
      const ours = processesOfRun(runId).filter(
        (each) => each.command.includes('--import') || each.command === 'sleep 300',
      );
      supervisor.kill('SIGKILL');
      const took = await until(
        () => ours.filter((each) => each.command.includes('--import')).every((each) => identify(each.pid) === null),
        5000,
      );
      // The grandchild went with the group; bash's own `sleep` is not the lifeline's business.
      const node = ours.find((each) => each.command.includes('--import'));
      expect(node).toBeDefined();
      await until(() => processesOfRun(runId).filter((each) => each.command === 'sleep 300').length <= 1, 5000);
      expect(took).toBeLessThan(3000);
    } finally {
      // Whatever is left (all of it, if the lifeline failed) carries the test's marker.
      for (const each of processesOfRun(runId)) process.kill(each.pid, 'SIGKILL');
    }
  });
});
