import { describe, expect, it } from 'vitest';
import { createLane } from '../src/http/public-post';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('a lane for a public write', () => {
  it('runs at most its concurrency at once and the rest in arrival order', async () => {
    const lane = createLane({ concurrency: 2, queue: 10 });
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const runs = [0, 1, 2, 3, 4].map((n) =>
      lane.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            finish[n] = () => resolve(n);
          }),
      ),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(lane.waiting).toBe(3);
    finish[1]?.();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    finish[0]?.();
    finish[2]?.();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    finish[3]?.();
    finish[4]?.();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses at once when the queue is full, and frees a place when work fails', async () => {
    const lane = createLane({ concurrency: 1, queue: 1 });
    let fail!: (error: Error) => void;
    const first = lane.run(() => new Promise((_resolve, reject) => (fail = reject)));
    const second = lane.run(async () => 'second');
    expect(lane.run(async () => 'third')).toBeUndefined();
    await tick();
    fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    expect(await second).toBe('second');
    expect(await lane.run(async () => 'later')).toBe('later');
  });
});
