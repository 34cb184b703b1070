// The demo content is checked like an editor's work: every entry, in every language, must pass its
// type's validation, refer only to things that exist, and together make a realistic bank.
import {
  type ContentTypeDefinition,
  caseStudy,
  consultationResponse,
  countyOfMunicipality,
  entryInputIssues,
  event,
  fundingCall,
  fundingCallStatus,
  method,
  question,
  SERVICE_AREAS,
  STARTING_ORGANISATIONS,
  slugify,
  trendNote,
} from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import {
  caseStudyData,
  consultationResponseData,
  eventData,
  fundingCallData,
  type LocaleData,
  methodData,
  questionData,
  type Refs,
  trendNoteData,
} from './build.ts';
import { DEMO_CONTENT } from './data/index.ts';
import type { SeedCommon } from './types.ts';

const now = new Date();
const content = DEMO_CONTENT;
const refs: Refs = { serviceAreas: [], topics: [], methods: [], caseStudies: [], organisations: [] };

const groups: [ContentTypeDefinition, readonly SeedCommon[], (entry: never) => LocaleData][] = [
  [method, content.methods, (e) => methodData(e, refs, now)],
  [caseStudy, content.caseStudies, (e) => caseStudyData(e, refs, now)],
  [fundingCall, content.fundingCalls, (e) => fundingCallData(e, refs, now)],
  [consultationResponse, content.consultationResponses, (e) => consultationResponseData(e, refs, now)],
  [trendNote, content.trendNotes, (e) => trendNoteData(e, refs)],
  [event, content.events, (e) => eventData(e, refs, now)],
];

const organisationNames = new Set([...STARTING_ORGANISATIONS, ...content.organisations].map((org) => org.name));
const serviceAreaSlugs = new Set<string>(SERVICE_AREAS.map((area) => area.slug));

describe.each(groups)('demo %s', (type, entries, build) => {
  it.each(entries.map((entry) => [entry.key, entry] as const))('%s is valid in every language', (_key, entry) => {
    const { sv, en } = build(entry as never);
    expect(entryInputIssues(type, { ...sv, slug: slugify(entry.title) })).toEqual([]);
    if (en) expect(entryInputIssues(type, { ...en, slug: slugify(String(en.title)) })).toEqual([]);
    for (const area of entry.serviceAreas) expect(serviceAreaSlugs, `service area ${area}`).toContain(area);
    expect(entry.serviceAreas.length, 'at least one service area').toBeGreaterThan(0);
  });

  it('has unique keys and unique Swedish slugs', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const slugs = entries.map((entry) => slugify(entry.title));
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
  });
});

describe('demo content as a whole', () => {
  const methodKeys = new Set(content.methods.map((entry) => entry.key));
  const caseKeys = new Set(content.caseStudies.map((entry) => entry.key));

  it('refers only to organisations, methods and case studies that exist', () => {
    const named = [
      ...content.caseStudies.flatMap((entry) => entry.organisations),
      ...content.fundingCalls.map((entry) => entry.funder),
      ...content.consultationResponses.flatMap((entry) => [entry.issuer, entry.respondent]),
      ...content.events.map((entry) => entry.organiser),
    ];
    expect(named.filter((name) => !organisationNames.has(name))).toEqual([]);
    const usedMethods = [
      ...content.caseStudies.flatMap((entry) => entry.methods),
      ...content.consultationResponses.flatMap((entry) => entry.methods),
    ];
    expect(usedMethods.filter((key) => !methodKeys.has(key))).toEqual([]);
    const citedCases = content.consultationResponses.flatMap((entry) => entry.caseStudies);
    expect(citedCases.filter((key) => !caseKeys.has(key))).toEqual([]);
  });

  it('has the size the bank is demonstrated with', () => {
    expect(content.methods.length).toBeGreaterThanOrEqual(30);
    expect(content.caseStudies.length).toBeGreaterThanOrEqual(50);
    expect(content.fundingCalls.length).toBeGreaterThanOrEqual(15);
    expect(content.consultationResponses.length).toBeGreaterThanOrEqual(12);
    expect(content.trendNotes.length).toBeGreaterThanOrEqual(20);
    expect(content.events.length).toBeGreaterThanOrEqual(12);
  });

  it('spreads case studies over at least 15 counties and 40 municipalities', () => {
    const municipalities = new Set(content.caseStudies.flatMap((entry) => entry.municipalities));
    const counties = new Set([...municipalities].map((code) => countyOfMunicipality(code).code));
    expect(municipalities.size).toBeGreaterThanOrEqual(40);
    expect(counties.size).toBeGreaterThanOrEqual(15);
  });

  it('has open, upcoming and closed funding calls on any day the seed runs', () => {
    const statuses = content.fundingCalls.map((entry) => {
      const { sv } = fundingCallData(entry, refs, now);
      return fundingCallStatus({ opensAt: String(sv.opensAt), deadline: String(sv.deadline) }, now);
    });
    expect(new Set(statuses)).toEqual(new Set(['kommande', 'öppen', 'stängd']));
  });

  it('has past and upcoming events', () => {
    expect(content.events.some((entry) => entry.startsInDays < 0)).toBe(true);
    expect(content.events.some((entry) => entry.startsInDays > 0)).toBe(true);
  });

  it('cases use methods and responses cite cases', () => {
    expect(content.caseStudies.filter((entry) => entry.methods.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(content.consultationResponses.filter((entry) => entry.caseStudies.length > 0).length).toBeGreaterThanOrEqual(
      6,
    );
  });

  it('has English versions and drafts among the entries', () => {
    const all: SeedCommon[] = groups.flatMap(([, entries]) => [...entries]);
    const english = all.filter((entry) => 'en' in entry && entry.en);
    expect(english.length).toBeGreaterThanOrEqual(15);
    const drafts = all.filter((entry) => entry.draft);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    for (const [, entries] of groups.slice(0, 3)) expect(entries.some((entry) => entry.draft)).toBe(true);
  });

  it('keeps summaries to plain text of at most 300 characters', () => {
    const all: SeedCommon[] = groups.flatMap(([, entries]) => [...entries]);
    for (const entry of all) {
      expect(entry.summary.length, entry.key).toBeLessThanOrEqual(300);
      expect(entry.summary, entry.key).not.toMatch(/[*#_`[\]]/);
    }
  });
});

describe('demo helpdesk questions', () => {
  const published = content.questions.filter((entry) => entry.status === 'publicerad');
  /** Words of a Markdown text, link addresses left out. */
  const words = (markdown: string) =>
    markdown.replace(/\]\([^)]*\)/g, ']').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const mentions = (text: string, word: string) =>
    new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(text);

  it.each(content.questions.map((entry) => [entry.question.slice(0, 60), entry] as const))(
    '"%s…" is valid as the form and the editors would store it',
    (_start, entry) => {
      expect(entryInputIssues(question, questionData(entry, { serviceAreas: [] }))).toEqual([]);
      expect(entry.email).toMatch(/@example\.se$/);
      for (const area of entry.serviceAreas ?? []) expect(serviceAreaSlugs, `service area ${area}`).toContain(area);
    },
  );

  it('has new, answered and published questions, each asked once', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(10);
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(content.questions.filter((entry) => entry.status === 'besvarad').length).toBeGreaterThanOrEqual(2);
    expect(content.questions.filter((entry) => entry.status === 'ny').length).toBeGreaterThanOrEqual(2);
    const texts = content.questions.map((entry) => entry.question);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(published.map((entry) => [entry.name, entry] as const))(
    "%s's published question is anonymised and has a helpful answer",
    (_name, entry) => {
      const publicQuestion = entry.publicQuestion ?? '';
      const answer = entry.answer ?? '';
      expect(publicQuestion).not.toBe(entry.question);
      const nameParts = entry.name.split(/[\s-]+/).filter((part) => part.length > 1);
      for (const text of [publicQuestion, answer]) {
        expect(text).not.toContain('@');
        for (const part of nameParts) expect(mentions(text, part), `"${part}" in "${text}"`).toBe(false);
        for (const detail of entry.identifying ?? []) expect(text.toLowerCase()).not.toContain(detail.toLowerCase());
      }
      expect(words(answer).length).toBeGreaterThanOrEqual(60);
      expect(words(answer).length).toBeLessThanOrEqual(200);
    },
  );

  it('points answers only at pages of published methods in the bank', () => {
    const methodPaths = new Set(
      content.methods.filter((entry) => !entry.draft).map((entry) => `/metoder/${slugify(entry.title)}/`),
    );
    const linked = content.questions.flatMap((entry) =>
      [...(entry.answer ?? '').matchAll(/\]\((\/metoder\/[^)]*)\)/g)].map((match) => match[1] as string),
    );
    expect(linked.filter((path) => !methodPaths.has(path))).toEqual([]);
    expect(published.filter((entry) => entry.answer?.includes('](/metoder/')).length).toBeGreaterThanOrEqual(5);
  });
});
