import { describe, expect, it } from 'vitest';
import { maskEmail, matchesSubscription, normaliseEmail, subscriptionChoices } from '../src/index.ts';

describe('the digest’s choices', () => {
  it('takes a form’s single checkbox as a list, and none as all', () => {
    const parsed = subscriptionChoices.parse({ email: ' A@Exempel.se ', counties: '23', frequency: 'weekly' });
    expect(parsed).toEqual({
      email: 'A@Exempel.se',
      counties: ['23'],
      serviceAreas: [],
      types: [],
      frequency: 'weekly',
      language: 'sv',
    });
    expect(normaliseEmail(parsed.email)).toBe('a@exempel.se');
  });

  it('names the field of a choice outside the reference data', () => {
    const result = subscriptionChoices.safeParse({
      email: 'a@exempel.se',
      serviceAreas: ['dagligvaror', 'rymdfart'],
      frequency: 'weekly',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['serviceAreas', 1], 'Okänt serviceområde "rymdfart"'],
    ]);
  });

  it('matches on county (national entries everywhere), service area and type', () => {
    const call = { type: 'funding-call', counties: ['23'], national: false, serviceAreas: ['dagligvaror'] } as const;
    const choose = (counties: string[], serviceAreas: string[] = [], types: string[] = []) => ({
      counties,
      serviceAreas,
      types,
    });
    expect(matchesSubscription(call, choose(['23'], ['dagligvaror'], ['funding-call']))).toBe(true);
    expect(matchesSubscription(call, choose([]))).toBe(true);
    expect(matchesSubscription(call, choose(['12']))).toBe(false);
    expect(matchesSubscription({ ...call, national: true, counties: [] }, choose(['12']))).toBe(true);
    expect(matchesSubscription(call, choose(['23'], ['drivmedel']))).toBe(false);
    expect(matchesSubscription(call, choose(['23'], [], ['event']))).toBe(false);
  });

  it('masks an address for a log or a dry run', () => {
    expect(maskEmail('karin.astrom@exempel.se')).toBe('k***@exempel.se');
    expect(maskEmail('nonsense')).toBe('***');
  });
});
