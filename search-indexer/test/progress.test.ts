import { describe, expect, it } from 'vitest';
import { formatProgress } from '../src/progress.ts';

describe('progress', () => {
  it('shows count, rate and time left', () => {
    expect(formatProgress({ label: 'reindex', done: 500, total: 1000, elapsedMs: 1000 })).toBe(
      'reindex ████████████░░░░░░░░░░░░ 500/1 000  500/s  1s left',
    );
  });
});
