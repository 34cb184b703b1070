import { describe, expect, it } from 'vitest';
import { browserOptsOut, searchGapText } from '../src/search-gaps.ts';

describe('search gap text', () => {
  it('keeps the query in a normal form', () => {
    expect(searchGapText('  Laddstolpe   vid  BYAFFÄREN ')).toBe('laddstolpe vid byaffären');
  });

  it('drops what is empty, too long, or looks personal', () => {
    expect(searchGapText('')).toBeNull();
    expect(searchGapText('a')).toBeNull();
    expect(searchGapText(42)).toBeNull();
    expect(searchGapText('x'.repeat(121))).toBeNull();
    expect(searchGapText('anna.svensson@example.se butik')).toBeNull();
    expect(searchGapText('ring 070-123 45 67')).toBeNull();
    expect(searchGapText('19800101-1234')).toBeNull();
  });

  it('keeps years and short numbers', () => {
    expect(searchGapText('servicepunkt 2026')).toBe('servicepunkt 2026');
  });
});

describe('opting out', () => {
  it('follows Do Not Track and Global Privacy Control', () => {
    expect(browserOptsOut({ doNotTrack: '1' })).toBe(true);
    expect(browserOptsOut({ globalPrivacyControl: true })).toBe(true);
    expect(browserOptsOut({ doNotTrack: '0', globalPrivacyControl: false })).toBe(false);
    expect(browserOptsOut({})).toBe(false);
  });
});
