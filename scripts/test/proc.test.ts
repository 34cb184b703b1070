// The stack's identity checks, on real processes: a recorded process counts as still running only
// with its PID, start time and command line unchanged, and only processes that carry a run's marker
// are found as that run's.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { identify, isStillRunning, processesOfRun, RUN_MARKER, stopProcesses } from '../stack/proc.ts';

const sleeper = (env: NodeJS.ProcessEnv = {}) => {
  const child = spawn('sleep', ['300'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { pid: child.pid as number, exited, kill: () => child.kill('SIGKILL') };
};

describe('process identity', () => {
  it('recognises a recorded process, and not one with another start time or command line', async () => {
    const running = sleeper();
    try {
      const identity = identify(running.pid);
      expect(identity).toMatchObject({ pid: running.pid, command: 'sleep 300' });
      expect(isStillRunning(identity as NonNullable<typeof identity>)).toBe(true);
      // The same PID recorded for an earlier process (a reused PID): not ours.
      expect(
        isStillRunning({ ...(identity as NonNullable<typeof identity>), startTime: (identity?.startTime ?? 0) - 1 }),
      ).toBe(false);
      expect(isStillRunning({ ...(identity as NonNullable<typeof identity>), command: 'node strapi.js start' })).toBe(
        false,
      );
    } finally {
      running.kill();
    }
    await running.exited;
    expect(identify(running.pid)).toBeNull();
  });

  it("finds a run's processes by its marker, and stops only those", async () => {
    const ours = sleeper({ [RUN_MARKER]: 'run-a' });
    const foreign = sleeper({ [RUN_MARKER]: 'run-b' });
    try {
      const found = processesOfRun('run-a');
      expect(found.map((each) => each.pid)).toEqual([ours.pid]);
      await stopProcesses(found, 2000);
      await ours.exited;
      expect(identify(ours.pid)).toBeNull();
      expect(identify(foreign.pid)).not.toBeNull();
    } finally {
      ours.kill();
      foreign.kill();
    }
  });

  it('does not signal a recorded PID whose start time differs', async () => {
    const bystander = sleeper();
    try {
      const identity = identify(bystander.pid) as NonNullable<ReturnType<typeof identify>>;
      await stopProcesses([{ ...identity, startTime: identity.startTime + 1 }], 500);
      expect(isStillRunning(identity)).toBe(true);
    } finally {
      bystander.kill();
    }
  });
});
