import { describe, expect, it } from 'vitest';
import { caseStudy, event, fundingCall, method, question } from '../src/registry.ts';
import { assertValidEntryInput, EntryValidationError, entryInputIssues, fieldPath } from '../src/validation.ts';

const call = {
  title: 'Investeringsstöd till lanthandeln',
  slug: 'investeringsstod-till-lanthandeln',
  summary: 'Stöd till butiker i glesbygd.',
  body: 'Text.',
  opensAt: '2026-01-10T08:00:00.000Z',
  deadline: '2026-03-31T21:59:00.000Z',
  amountMin: 25_000,
  amountMax: 400_000,
  eligibleApplicants: ['företag'],
  geography: 'län',
  counties: ['20'],
};

const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

describe('entry validation', () => {
  it('accepts a valid funding call, with relations left to Strapi', () => {
    expect(entryInputIssues(fundingCall, { ...call, funder: { set: [{ documentId: 'x' }] } })).toEqual([]);
  });

  it('names each invalid field', () => {
    expect(fields(entryInputIssues(fundingCall, { ...call, title: ' ' }))).toEqual(['title']);
    expect(fields(entryInputIssues(fundingCall, { ...call, deadline: '2026-01-01T00:00:00Z' }))).toEqual(['deadline']);
    expect(fields(entryInputIssues(fundingCall, { ...call, amountMin: 500_000 }))).toEqual(['amountMax']);
    expect(fields(entryInputIssues(fundingCall, { ...call, counties: [] }))).toEqual(['counties']);
    expect(fields(entryInputIssues(fundingCall, { ...call, counties: ['02'] }))).toEqual(['counties[0]']);
    expect(fields(entryInputIssues(fundingCall, { ...call, eligibleApplicants: ['kommun', 'kommun'] }))).toEqual([
      'eligibleApplicants',
    ]);
    expect(fields(entryInputIssues(fundingCall, { ...call, externalUrl: 'javascript:alert(1)' }))).toEqual([
      'externalUrl',
    ]);
  });

  it('says what is wrong in Swedish', () => {
    const [issue] = entryInputIssues(caseStudy, {
      title: 'Exempel',
      slug: 'exempel',
      summary: 'Kort.',
      body: 'Text.',
      municipalities: ['2039', '9999'],
      startedYear: 2024,
      projectStatus: 'pågående',
      outcomes: 'Resultat.',
      lessons: 'Lärdomar.',
    });
    expect(issue).toEqual({ field: 'municipalities[1]', message: 'Okänd kommunkod "9999"' });
  });

  it('checks inside components', () => {
    const issues = entryInputIssues(method, {
      title: 'Metod',
      slug: 'metod',
      summary: 'Kort.',
      body: 'Text.',
      steps: [
        { title: 'Steg ett', body: 'Gör så här.' },
        { title: '', body: 'x' },
      ],
      actorLevels: ['lokal'],
      effort: 'låg',
      cost: 'medel',
      evidence: 'lovande',
    });
    expect(fields(issues)).toEqual(['steps[1].title']);
  });

  it('refuses an event that ends before it starts or happens nowhere', () => {
    const issues = entryInputIssues(event, {
      title: 'Träff',
      slug: 'traff',
      summary: 'Kort.',
      body: 'Text.',
      kind: 'kurs',
      startsAt: '2026-05-01T10:00:00Z',
      endsAt: '2026-05-01T09:00:00Z',
    });
    expect(fields(issues).sort()).toEqual(['endsAt', 'location']);
  });

  it('publishes a question only with an anonymised text and an answer', () => {
    const issues = entryInputIssues(question, {
      name: 'Karin',
      email: 'karin@example.se',
      question: 'Fråga?',
      consent: true,
      questionStatus: 'publicerad',
    });
    expect(fields(issues).sort()).toEqual(['answer', 'publicQuestion']);
  });

  it('throws one error carrying every issue', () => {
    expect(() => assertValidEntryInput(fundingCall, { ...call, title: '', amountMin: 1e9 })).toThrow(
      EntryValidationError,
    );
    try {
      assertValidEntryInput(fundingCall, { ...call, title: '', amountMin: 1e9 });
    } catch (error) {
      expect((error as EntryValidationError).message).toBe(
        'title: Får inte vara tom; amountMax: Högsta belopp är lägre än lägsta belopp',
      );
    }
  });

  it('writes field paths the way editors read them', () => {
    expect(fieldPath(['steps', 0, 'title'])).toBe('steps[0].title');
    expect(fieldPath(['municipalities', 3])).toBe('municipalities[3]');
    expect(fieldPath([])).toBe('');
  });
});
