import { describe, expect, it } from 'vitest';
import { isVerificationOverdue, verificationCutoff } from '../src/staleness.ts';

describe('verification cutoff', () => {
  it('is 18 months before today, in Stockholm', () => {
    expect(verificationCutoff(new Date('2026-11-30T12:00:00Z'))).toBe('2025-05-30');
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(verificationCutoff(new Date('2026-12-31T23:30:00Z'))).toBe('2025-07-01');
  });

  it('falls on the month’s last day when the day does not exist', () => {
    expect(verificationCutoff(new Date('2026-08-31T10:00:00Z'))).toBe('2025-02-28');
  });
});

describe('overdue', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('holds a check made on the cutoff day or later', () => {
    expect(isVerificationOverdue('2025-05-30', now)).toBe(false);
    expect(isVerificationOverdue('2026-01-15', now)).toBe(false);
  });

  it('marks an older check, and a missing one', () => {
    expect(isVerificationOverdue('2025-05-29', now)).toBe(true);
    expect(isVerificationOverdue(null, now)).toBe(true);
    expect(isVerificationOverdue(undefined, now)).toBe(true);
  });
});
