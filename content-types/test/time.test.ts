import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  deadlineClosesAt,
  fundingCallStatus,
  parseInstant,
  startOfStockholmDay,
  stockholmDate,
  stockholmOffsetMinutes,
} from '../src/time.ts';

const at = (iso: string) => new Date(iso);

describe('Stockholm time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(stockholmOffsetMinutes(at('2026-01-15T12:00:00Z'))).toBe(60);
    expect(stockholmOffsetMinutes(at('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('starts a day at local midnight on both sides of the daylight-saving changes', () => {
    // Summer time begins 29 March 2026 at 02:00 and ends 25 October 2026 at 03:00.
    expect(startOfStockholmDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfStockholmDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfStockholmDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfStockholmDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('gives the Stockholm calendar date of an instant', () => {
    expect(stockholmDate(at('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(stockholmDate(at('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(stockholmDate(at('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses what is not a date', () => {
    expect(() => parseInstant('i morgon')).toThrow(/not a date/);
    expect(() => startOfStockholmDay('2026-3-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('fundingCallStatus', () => {
  const call = { opensAt: '2026-02-01T00:00:00+01:00', deadline: '2026-03-31T23:59:00+02:00' };

  it('is kommande before it opens and öppen from the opening instant', () => {
    expect(fundingCallStatus(call, at('2026-01-31T22:59:59.999Z'))).toBe('kommande');
    expect(fundingCallStatus(call, at('2026-01-31T23:00:00Z'))).toBe('öppen');
  });

  it('stays öppen through the whole deadline minute and is stängd after it', () => {
    expect(fundingCallStatus(call, at('2026-03-31T21:59:00Z'))).toBe('öppen');
    expect(fundingCallStatus(call, at('2026-03-31T21:59:59.999Z'))).toBe('öppen');
    expect(fundingCallStatus(call, at('2026-03-31T22:00:00Z'))).toBe('stängd');
  });

  it('closes a date-only deadline when that day ends in Stockholm, across the switch to summer time', () => {
    const dateOnly = { opensAt: '2026-03-01', deadline: '2026-03-29' };
    // 29 March 2026 is 23 hours long; it ends at 22:00 UTC.
    expect(fundingCallStatus(dateOnly, at('2026-03-29T21:59:59Z'))).toBe('öppen');
    expect(fundingCallStatus(dateOnly, at('2026-03-29T22:00:00Z'))).toBe('stängd');
    expect(deadlineClosesAt('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('opens a date-only opening day at Stockholm midnight', () => {
    const dateOnly = { opensAt: '2026-08-01', deadline: '2026-09-01' };
    expect(fundingCallStatus(dateOnly, at('2026-07-31T21:59:59Z'))).toBe('kommande');
    expect(fundingCallStatus(dateOnly, at('2026-07-31T22:00:00Z'))).toBe('öppen');
  });

  it('treats a call without an opening date as open until its deadline', () => {
    expect(fundingCallStatus({ deadline: '2026-05-01T12:00:00Z' }, at('2020-01-01T00:00:00Z'))).toBe('öppen');
  });
});

describe('daysUntil', () => {
  it('counts Stockholm calendar days, 0 on the deadline day', () => {
    const deadline = '2026-03-31T21:59:00Z'; // 23:59 in Stockholm
    expect(daysUntil(deadline, at('2026-03-31T06:00:00Z'))).toBe(0);
    expect(daysUntil(deadline, at('2026-03-30T22:30:00Z'))).toBe(0);
    expect(daysUntil(deadline, at('2026-03-30T21:30:00Z'))).toBe(1);
    expect(daysUntil(deadline, at('2026-03-21T12:00:00Z'))).toBe(10);
    expect(daysUntil(deadline, at('2026-04-02T12:00:00Z'))).toBe(-2);
  });

  it('is not thrown off by a 23-hour day', () => {
    expect(daysUntil('2026-03-30', at('2026-03-28T12:00:00Z'))).toBe(2);
  });
});
