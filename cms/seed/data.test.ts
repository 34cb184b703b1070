// The demo content is checked like an editor's work: every entry, in every language, must pass its
// type's validation, refer only to things that exist, and together make a realistic bank.
import {
  caseStudy,
  consultationResponse,
  countyOfMunicipality,
  entryInputIssues,
  event,
  fundingCall,
  fundingCallStatus,
  method,
  PUBLIC_TYPES,
  question,
  SERVICE_AREAS,
  STARTING_ORGANISATIONS,
  slugify,
  trendNote,
} from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { entriesOf, loadDemoContent } from './content.ts';
import { entryData } from './entry-data.ts';

const now = new Date();
const content = loadDemoContent({ now });
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const organisationSlugs = new Set(
  [...STARTING_ORGANISATIONS.map((org) => org.name), ...content.organisations.map((org) => text(org.fields.name))].map(
    slugify,
  ),
);
const serviceAreaSlugs = new Set<string>(SERVICE_AREAS.map((area) => area.slug));

describe.each(PUBLIC_TYPES.map((type) => [type.name, type] as const))('demo %s', (_name, type) => {
  const entries = entriesOf(content, type);

  it.each(entries.map((entry) => [entry.key, entry] as const))('%s is valid in every language', (_key, entry) => {
    const { sv, en } = entryData(entry, now);
    expect(entryInputIssues(type, sv)).toEqual([]);
    if (en) expect(entryInputIssues(type, en)).toEqual([]);
    for (const area of list(entry.fields.serviceAreas))
      expect(serviceAreaSlugs, `service area ${area}`).toContain(area);
    expect(list(entry.fields.serviceAreas).length, 'at least one service area').toBeGreaterThan(0);
  });

  it('has unique keys and unique Swedish slugs', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const slugs = entries.map((entry) => slugify(text(entry.fields.title)));
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
  });
});

describe('demo content as a whole', () => {
  const methods = entriesOf(content, method);
  const caseStudies = entriesOf(content, caseStudy);
  const fundingCalls = entriesOf(content, fundingCall);
  const responses = entriesOf(content, consultationResponse);
  const events = entriesOf(content, event);
  const methodKeys = new Set(methods.map((entry) => entry.key));
  const caseKeys = new Set(caseStudies.map((entry) => entry.key));

  it('refers only to organisations, methods and case studies that exist', () => {
    const named = [
      ...caseStudies.flatMap((entry) => list(entry.fields.organisations)),
      ...fundingCalls.map((entry) => text(entry.fields.funder)),
      ...responses.flatMap((entry) => [text(entry.fields.issuer), text(entry.fields.respondent)]),
      ...events.map((entry) => text(entry.fields.organiser)),
    ];
    expect(named.filter((name) => !organisationSlugs.has(slugify(name)))).toEqual([]);
    const usedMethods = [...caseStudies, ...responses].flatMap((entry) => list(entry.fields.methods));
    expect(usedMethods.filter((key) => !methodKeys.has(key))).toEqual([]);
    const citedCases = responses.flatMap((entry) => list(entry.fields.caseStudies));
    expect(citedCases.filter((key) => !caseKeys.has(key))).toEqual([]);
  });

  it('has the size the bank is demonstrated with', () => {
    expect(methods.length).toBeGreaterThanOrEqual(30);
    expect(caseStudies.length).toBeGreaterThanOrEqual(50);
    expect(fundingCalls.length).toBeGreaterThanOrEqual(15);
    expect(responses.length).toBeGreaterThanOrEqual(12);
    expect(entriesOf(content, trendNote).length).toBeGreaterThanOrEqual(20);
    expect(events.length).toBeGreaterThanOrEqual(12);
  });

  it('spreads case studies over at least 15 counties and 40 municipalities', () => {
    const municipalities = new Set(caseStudies.flatMap((entry) => list(entry.fields.municipalities)));
    const counties = new Set([...municipalities].map((code) => countyOfMunicipality(code).code));
    expect(municipalities.size).toBeGreaterThanOrEqual(40);
    expect(counties.size).toBeGreaterThanOrEqual(15);
  });

  it('has open, upcoming and closed funding calls on any day the seed runs', () => {
    const statuses = fundingCalls.map((entry) => {
      const { sv } = entryData(entry, now);
      return fundingCallStatus({ opensAt: String(sv.opensAt), deadline: String(sv.deadline) }, now);
    });
    expect(new Set(statuses)).toEqual(new Set(['kommande', 'öppen', 'stängd']));
  });

  it('has past and upcoming events', () => {
    const starts = events.map((entry) => Date.parse(String(entryData(entry, now).sv.startsAt)));
    expect(starts.some((start) => start < now.getTime())).toBe(true);
    expect(starts.some((start) => start > now.getTime())).toBe(true);
  });

  it('cases use methods and responses cite cases', () => {
    expect(caseStudies.filter((entry) => list(entry.fields.methods).length > 0).length).toBeGreaterThanOrEqual(30);
    expect(responses.filter((entry) => list(entry.fields.caseStudies).length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('has English versions and drafts among the entries', () => {
    expect(content.entries.filter((entry) => entry.en).length).toBeGreaterThanOrEqual(15);
    expect(content.entries.filter((entry) => entry.seed.draft).length).toBeGreaterThanOrEqual(3);
    for (const type of [method, caseStudy, fundingCall])
      expect(entriesOf(content, type).some((entry) => entry.seed.draft)).toBe(true);
  });

  it('keeps summaries to plain text of at most 300 characters', () => {
    for (const entry of content.entries) {
      for (const summary of [text(entry.fields.summary), text(entry.en?.fields.summary ?? '')]) {
        expect(summary.length, entry.file).toBeLessThanOrEqual(300);
        expect(summary, entry.file).not.toMatch(/[*#_`[\]]/);
      }
    }
  });
});

describe('demo helpdesk questions', () => {
  const questions = content.questions.map(({ fields, seed }) => ({
    fields,
    name: text(fields.name),
    question: text(fields.question),
    answer: text(fields.answer),
    publicQuestion: text(fields.publicQuestion),
    status: fields.questionStatus,
    identifying: seed.identifying,
  }));
  const published = questions.filter((entry) => entry.status === 'publicerad');
  /** Words of a Markdown text, link addresses left out. */
  const words = (markdown: string) =>
    markdown.replace(/\]\([^)]*\)/g, ']').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const mentions = (text: string, word: string) =>
    new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(text);

  it.each(questions.map((entry) => [entry.question.slice(0, 60), entry] as const))(
    '"%s…" is valid as the form and the editors would store it',
    (_start, entry) => {
      expect(entryInputIssues(question, entry.fields)).toEqual([]);
      expect(entry.fields.email).toMatch(/@example\.se$/);
      for (const area of list(entry.fields.serviceAreas))
        expect(serviceAreaSlugs, `service area ${area}`).toContain(area);
    },
  );

  it('has new, answered and published questions, each asked once', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(questions.filter((entry) => entry.status === 'besvarad').length).toBeGreaterThanOrEqual(2);
    expect(questions.filter((entry) => entry.status === 'ny').length).toBeGreaterThanOrEqual(2);
    const texts = questions.map((entry) => entry.question);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(published.map((entry) => [entry.name, entry] as const))(
    "%s's published question is anonymised and has a helpful answer",
    (_name, entry) => {
      const { publicQuestion, answer } = entry;
      expect(publicQuestion).not.toBe(entry.question);
      const nameParts = entry.name.split(/[\s-]+/).filter((part) => part.length > 1);
      for (const text of [publicQuestion, answer]) {
        expect(text).not.toContain('@');
        for (const part of nameParts) expect(mentions(text, part), `"${part}" in "${text}"`).toBe(false);
        for (const detail of entry.identifying) expect(text.toLowerCase()).not.toContain(detail.toLowerCase());
      }
      expect(words(answer).length).toBeGreaterThanOrEqual(60);
      expect(words(answer).length).toBeLessThanOrEqual(200);
    },
  );

  it('points answers only at pages of published methods in the bank', () => {
    const methodPaths = new Set(
      entriesOf(content, method)
        .filter((entry) => !entry.seed.draft)
        .map((entry) => `/metoder/${slugify(text(entry.fields.title))}/`),
    );
    const linked = questions.flatMap((entry) =>
      [...entry.answer.matchAll(/\]\((\/metoder\/[^)]*)\)/g)].map((match) => match[1] as string),
    );
    expect(linked.filter((path) => !methodPaths.has(path))).toEqual([]);
    expect(published.filter((entry) => entry.answer.includes('](/metoder/')).length).toBeGreaterThanOrEqual(5);
  });
});
