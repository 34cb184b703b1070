import { describe, expect, it } from 'vitest';
import {
  daysLeftText,
  formatAmountRange,
  formatDate,
  formatDateTime,
  formatEventTime,
  formatMonth,
  stockholmDay,
} from '../src/lib/format.ts';
import { translator } from '../src/lib/i18n.ts';

const sv = translator('sv');
const en = translator('en');

describe('dates in Swedish', () => {
  it('writes a deadline as "31 mars 2027", in Stockholm time', () => {
    // 21:59 UTC on 31 March 2027 is 23:59 in Stockholm (CEST).
    expect(formatDate('2027-03-31T21:59:00.000Z', 'sv')).toBe('31 mars 2027');
    expect(formatDateTime('2027-03-31T21:59:00.000Z', 'sv')).toBe('31 mars 2027 kl. 23:59');
    expect(formatDate('2027-03-31T21:59:00.000Z', 'en')).toBe('31 March 2027');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatDate('2026-09-30', 'sv')).toBe('30 september 2026');
    expect(stockholmDay('2026-09-30')).toBe('2026-09-30');
  });

  it('puts an instant just after midnight Stockholm time on the Stockholm day', () => {
    expect(stockholmDay('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
  });

  it('writes an event on one day with both times', () => {
    expect(formatEventTime('2026-12-14T09:00:00.000Z', '2026-12-14T14:30:00.000Z', 'sv')).toBe(
      '14 december 2026 kl. 10:00–15:30',
    );
  });

  it('names months', () => {
    expect(formatMonth('2027-03', 'sv')).toBe('mars 2027');
    expect(formatMonth('2027-03', 'en')).toBe('March 2027');
  });
});

describe('days left', () => {
  const now = new Date('2027-03-19T10:00:00.000Z');
  it('counts whole Stockholm days to the deadline', () => {
    expect(daysLeftText('2027-03-31T21:59:00.000Z', now, sv)).toBe('12 dagar kvar');
    expect(daysLeftText('2027-03-20T21:59:00.000Z', now, sv)).toBe('1 dag kvar');
    expect(daysLeftText('2027-03-19T22:59:00.000Z', now, sv)).toBe('Sista dagen i dag');
    expect(daysLeftText('2027-03-31T21:59:00.000Z', now, en)).toBe('12 days left');
  });
  it('says nothing once the deadline has passed', () => {
    expect(daysLeftText('2027-03-01T21:59:00.000Z', now, sv)).toBeUndefined();
  });
});

describe('amounts', () => {
  it('writes ranges in kronor with Swedish digit groups', () => {
    expect(formatAmountRange(50_000, 200_000, 'sv', sv)).toBe('50\u00a0000–200\u00a0000 kr');
    expect(formatAmountRange(null, 200_000, 'sv', sv)).toBe('upp till 200\u00a0000 kr');
    expect(formatAmountRange(null, null, 'sv', sv)).toBeUndefined();
    expect(formatAmountRange(10_000, 10_000, 'en', en)).toBe('SEK 10,000');
  });
});
