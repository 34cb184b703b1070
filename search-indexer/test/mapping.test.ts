import { publishedQuestion } from '@skb/content-types';
import { searchDocument } from '@skb/content-types/search';
import { describe, expect, it } from 'vitest';
import { InvalidEntryError } from '../src/errors.ts';
import { toSearchDocument } from '../src/mapping/index.ts';
import { questionDocument } from '../src/mapping/question.ts';
import {
  caseStudyEntry,
  consultationResponseEntry,
  eventEntry,
  fundingCallEntry,
  methodEntry,
  serviceCoordinatorEntry,
  servicePlanEntry,
  trendNoteEntry,
} from './fixtures.ts';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('every type', () => {
  it.each([
    ['method', methodEntry()],
    ['case-study', caseStudyEntry()],
    ['funding-call', fundingCallEntry({ opensAt: '2026-03-01T08:00:00.000Z', deadline: '2026-04-30T21:59:00.000Z' })],
    ['consultation-response', consultationResponseEntry()],
    ['trend-note', trendNoteEntry()],
    ['event', eventEntry()],
    ['service-plan', servicePlanEntry()],
    ['service-coordinator', serviceCoordinatorEntry()],
  ] as const)('%s: a valid search document with the shared fields', (type, entry) => {
    const document = toSearchDocument(type, entry, NOW);
    expect(searchDocument.parse(document)).toEqual(document);
    expect(document.id).toBe(`${type}-${entry.documentId}-sv`);
    expect(document.type).toBe(type);
    expect(document.publishedAt).toBe(Date.parse('2026-03-02T09:00:00.000Z'));
    expect(document.serviceAreas).toEqual(['Dagligvaror', 'Servicepunkt']);
    expect(document.serviceAreaSlugs).toEqual(['dagligvaror', 'servicepunkt']);
    expect(document.topics).toEqual(['kommunal serviceplan']);
    // Markdown is gone, its words are kept, link addresses are dropped.
    expect(document.text).toContain('Bakgrund\nByns butik stängde. Se rapporten.');
    expect(document.text).not.toMatch(/[*#[\]]|https?:/);
    expect(document.stems).toContain('butiker');
  });

  it('refuses an entry that does not match the content model, naming it and the field', () => {
    const broken = { ...trendNoteEntry(), title: '' };
    expect(() => toSearchDocument('trend-note', broken, NOW)).toThrow(InvalidEntryError);
    expect(() => toSearchDocument('trend-note', broken, NOW)).toThrow(/trend-note trend1 \(sv\).*title/);
  });
});

describe('method', () => {
  it('indexes its steps, prerequisites and sources, its facets, and the places of its case studies', () => {
    const document = toSearchDocument('method', methodEntry(), NOW);
    expect(document.text).toContain('Bjud in brett\nSkicka inbjudan fyra veckor före.');
    expect(document.text).toContain('En förening som värd.');
    expect(document.text).toContain('Tillväxtverkets rapport');
    expect(document).toMatchObject({
      actorLevels: ['lokal', 'kommunal'],
      effort: 'låg',
      cost: 'medel',
      evidence: 'beprövad',
    });
    // A method is not located anywhere: its case studies' places are found, but rank as text.
    expect(document.placeNames).toEqual([]);
    expect(document.stems).toEqual(expect.arrayContaining(['Älvdalen', 'Alvdalen']));
    // A method is not about a municipality; its case studies are.
    expect(document.municipalities).toEqual([]);
    expect(document.url).toBe('/metoder/bystamma-om-servicen/');
    expect(document.year).toBe(2026);
  });

  it('an English version gets English service-area names, an English address and no Swedish stems', () => {
    const document = toSearchDocument('method', methodEntry('en'), NOW);
    expect(document.id).toBe('method-method1-en');
    expect(document.serviceAreas).toEqual(['Groceries', 'Service points']);
    expect(document.url).toBe('/en/methods/bystamma-om-servicen/');
    expect(document.stems).not.toContain('butiken');
  });
});

describe('case study', () => {
  it('derives counties from the municipality codes and adds place names with ASCII aliases', () => {
    const document = toSearchDocument('case-study', caseStudyEntry(), NOW);
    expect(document.municipalities).toEqual(['2039', '2062']);
    expect(document.municipalityNames).toEqual(['Älvdalen', 'Mora']);
    expect(document.counties).toEqual(['20']);
    expect(document.countyNames).toEqual(['Dalarnas län']);
    expect(document.placeNames).toEqual(
      expect.arrayContaining([
        'Älvdalen',
        'Alvdalen',
        'Älvdalens kommun',
        'Alvdalens kommun',
        'Mora',
        'Dalarnas län',
        'Dalarnas lan',
        'Dalarna',
      ]),
    );
    expect(document).toMatchObject({ projectStatus: 'pågående', year: 2022, organisations: ['Sörsjöns byalag'] });
    expect(document.text).toContain('120 kunder i veckan');
    expect(document.text).toContain('Det som inte fungerade var öppettiderna.');
  });
});

describe('funding call', () => {
  const dates = { opensAt: '2026-03-01T08:00:00.000Z', deadline: '2026-03-31T21:59:00.000Z' };

  it.each([
    ['2026-02-28T12:00:00Z', 'kommande'],
    ['2026-03-31T21:59:30Z', 'öppen'],
    ['2026-03-31T22:00:00Z', 'stängd'],
  ])('at %s its status is %s', (now, status) => {
    expect(toSearchDocument('funding-call', fundingCallEntry(dates), new Date(now)).status).toBe(status);
  });

  it('has its deadline and opening as timestamps, its counties and its funder', () => {
    const document = toSearchDocument('funding-call', fundingCallEntry(dates), NOW);
    expect(document.deadline).toBe(Date.parse(dates.deadline));
    expect(document.opensAt).toBe(Date.parse(dates.opensAt));
    expect(document.counties).toEqual(['20', '25']);
    expect(document.countyNames).toEqual(['Dalarnas län', 'Norrbottens län']);
    expect(document.organisations).toEqual(['Region Dalarna']);
    expect(document.text).toContain('Ideell förening');
    expect(document.year).toBe(2026);
  });

  it('has its deadline written out as the day in Stockholm, in its own language, for the search page', () => {
    // 21:59 UTC on 31 March is 23:59 CEST: still the 31st in Stockholm.
    expect(toSearchDocument('funding-call', fundingCallEntry(dates), NOW).dateText).toBe('31 mars 2026');
    const english = { ...fundingCallEntry(dates), locale: 'en' };
    expect(toSearchDocument('funding-call', english, NOW).dateText).toBe('31 March 2026');
  });
});

describe('consultation response', () => {
  it('searches the consultation title and diarienummer; the deadline is the start of the svarsdatum in Stockholm', () => {
    const document = toSearchDocument('consultation-response', consultationResponseEntry(), NOW);
    expect(document.text).toContain('Grundläggande betaltjänster');
    expect(document.text).toContain('Fi2026/00123');
    expect(document.organisations).toEqual(['Finansdepartementet', 'Hela Sverige ska leva']);
    // 31 March 2026 begins at 00:00 CEST = 22:00 UTC the day before.
    expect(document.deadline).toBe(Date.parse('2026-03-30T22:00:00.000Z'));
    expect(document.year).toBe(2026);
    expect(document.url).toBe('/remissvar/svar-pa-remiss-om-betaltjanster/');
    // The search page shows no date for it.
    expect(document.dateText).toBeNull();
  });
});

describe('trend note', () => {
  it('has its source labels as text and no places when it concerns all of Sweden', () => {
    const document = toSearchDocument('trend-note', trendNoteEntry(), NOW);
    expect(document.text).toContain('PTS rapport');
    expect(document.counties).toEqual([]);
    expect(document.placeNames).toEqual([]);
  });

  it('has the counties of its region', () => {
    const document = toSearchDocument('trend-note', { ...trendNoteEntry(), region: ['25'] }, NOW);
    expect(document.counties).toEqual(['25']);
    expect(document.placeNames).toContain('Norrbottens lan');
  });
});

describe('event', () => {
  it('starts at a timestamp, belongs to the year it starts in Stockholm, and its location is a place', () => {
    const document = toSearchDocument('event', eventEntry(), NOW);
    expect(document.startsAt).toBe(Date.parse('2026-12-31T23:30:00.000Z'));
    // 23:30 UTC on 31 December is 00:30 on 1 January in Stockholm.
    expect(document.year).toBe(2027);
    expect(document.dateText).toBe('1 januari 2027');
    expect(document.eventKind).toBe('nätverksträff');
    expect(document.municipalities).toEqual(['2039']);
    expect(document.placeNames).toEqual(expect.arrayContaining(['Älvdalen', 'Alvdalen', 'Dalarnas län']));
    // The venue is found, but does not rank as the municipality the event is in.
    expect(document.stems).toEqual(
      expect.arrayContaining(['Bygdegården i Sörsjön, Älvdalen', 'Bygdegarden i Sorsjon, Alvdalen']),
    );
    expect(document.organisations).toEqual(['Länsavdelningen Dalarna']);
    expect(document.text).toContain('Nätverksträff');
  });
});

describe('service status', () => {
  it('places a service plan in its municipality and county, in the year of its latest decision', () => {
    const document = toSearchDocument('service-plan', servicePlanEntry(), NOW);
    expect(document).toMatchObject({ municipalities: ['2039'], counties: ['20'], year: 2024 });
    expect(document.text).toContain('Dialogmöten i Sörsjön');
  });

  it('places a shared coordinator in every municipality it serves, and indexes no contact', () => {
    const document = toSearchDocument('service-coordinator', serviceCoordinatorEntry(), NOW);
    expect(document.municipalities).toEqual(['2039', '2023']);
    expect(document.text).toContain('Samordnar serviceplanen.');
    expect(JSON.stringify(document)).not.toMatch(/landsbygd@|0251/);
  });
});

describe('published helpdesk answer', () => {
  const answer = publishedQuestion.parse({
    documentId: 'q1',
    question: 'Kan en lanthandel bli apoteksombud?',
    answer: 'Ja. Läs **metoden** om [apoteksombud](/metoder/apoteksombud/).',
    municipalities: ['2313'],
    methods: [{ documentId: 'm1', title: 'Apoteksombud i butiken', slug: 'apoteksombud', locale: 'sv' }],
    serviceAreas: [{ name: 'Apotek', slug: 'apotek' }],
    publishedAt: '2026-10-01T08:00:00.000Z',
  });

  it('is a Swedish document at its anchor on the questions page, placed where it applies', () => {
    const document = searchDocument.parse(questionDocument(answer));
    expect(document).toMatchObject({
      id: 'question-q1-sv',
      type: 'question',
      locale: 'sv',
      title: 'Kan en lanthandel bli apoteksombud?',
      url: '/fragor/#fraga-q1',
      municipalities: ['2313'],
      counties: ['23'],
      serviceAreaSlugs: ['apotek'],
    });
    expect(document.text).toContain('Apoteksombud i butiken');
    expect(document.summary).toBe('Ja. Läs metoden om apoteksombud.');
  });
});
