import { PUBLIC_TYPES } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { createBank } from '../src/lib/bank.ts';
import { csv } from '../src/lib/feeds/csv.ts';
import {
  csvRow,
  LICENCE,
  OPEN_DATA_FIELDS,
  type OpenDataHead,
  openDataCsvBytes,
  openDataJsonBytes,
  openDataRecords,
  piecesStream,
} from '../src/lib/open-data.ts';
import { caseStudy, fundingCall, noEntries, serviceAreas } from './fixtures.ts';

describe('open data', () => {
  const entries = noEntries();
  entries['case-study'].push(caseStudy({ municipalities: ['2039', '2062'], summary: 'Butik, bensin och "paket"' }));
  entries['funding-call'].push(fundingCall());
  const bank = createBank({ entries, serviceAreas, now: new Date('2026-11-26T12:00:00Z') });
  const records = openDataRecords(bank, (path) => `https://skb.example${path}`);

  it('has every field in the documented order', () => {
    for (const record of records) expect(Object.keys(record)).toEqual([...OPEN_DATA_FIELDS]);
  });

  it('carries every public field of the model, under its own name or a stated one, or says why not', () => {
    // Where a model field is published under another column.
    const renamed: Record<string, string> = {
      slug: 'url',
      municipalities: 'municipalityCodes',
      municipality: 'municipalityCodes',
      counties: 'countyCodes',
      region: 'countyCodes',
      geography: 'national',
      sources: 'sourceLinks',
      'goal.position': 'goalPosition',
      'goal.indicator': 'indicatorMeasure',
      'event.kind': 'eventKind',
      'event.followUps': 'goalFollowUps',
      'network.kind': 'networkKind',
      'network.website': 'externalUrl',
      'advocacy-action.kind': 'advocacyKind',
      'advocacy-action.consultationResponses': 'relatedEntries',
      'advocacy-action.methods': 'relatedEntries',
      'advocacy-action.caseStudies': 'relatedEntries',
      'project.methods': 'relatedEntries',
      'project.caseStudies': 'relatedEntries',
    };
    // Fields the export leaves out on purpose.
    const private_ = 'never public';
    const onThePage = 'long Markdown or a file: on the entry’s page, linked by url';
    const links = 'links between entries: on the entry’s page';
    const internal = 'editors’ bookkeeping';
    const leftOut: Record<string, string> = {
      internalNote: private_,
      contactPhone: private_,
      'service-coordinator.contactEmail': private_,
      steps: onThePage,
      prerequisites: onThePage,
      outcomes: onThePage,
      lessons: onThePage,
      funding: onThePage,
      document: onThePage,
      minutes: onThePage,
      localGroupsHow: onThePage,
      mandate: onThePage,
      'consultation-response.outcome': onThePage,
      caseStudies: links,
      methods: links,
      organisations: links,
      coordinates: 'the map’s, not the table’s: places are given by SCB code',
      lastVerifiedAt: internal,
      sourceCheckedAt: internal,
      source: internal,
      'service-plan.adoptedAt': 'service plans are in the municipality data files',
      'service-plan.revisedAt': 'service plans are in the municipality data files',
      'service-plan.plannedRevisionAt': 'service plans are in the municipality data files',
      'service-plan.madeWithLocalGroups': 'service plans are in the municipality data files',
      'service-plan.documentUrl': 'service plans are in the municipality data files',
      'service-coordinator.roleTitle': 'service coordinators are in the municipality data files',
      'service-coordinator.unit': 'service coordinators are in the municipality data files',
      'service-coordinator.fullTimePercent': 'service coordinators are in the municipality data files',
      'service-coordinator.since': 'service coordinators are in the municipality data files',
      'service-coordinator.contactUrl': 'service coordinators are in the municipality data files',
    };
    const missing: string[] = [];
    for (const type of PUBLIC_TYPES) {
      for (const field of Object.keys(type.fields.shape)) {
        const key = `${type.name}.${field}`;
        if (leftOut[key] ?? leftOut[field]) continue;
        const column = renamed[key] ?? renamed[field] ?? field;
        if (!(OPEN_DATA_FIELDS as readonly string[]).includes(column)) missing.push(`${key} → ${column}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('carries SCB codes with names, absolute addresses and type fields', () => {
    const record = records.find((r) => r.type === 'case-study');
    expect(record).toMatchObject({
      municipalityCodes: ['2039', '2062'],
      municipalityNames: ['Älvdalens kommun', 'Mora kommun'],
      countyCodes: ['20'],
      countyNames: ['Dalarnas län'],
      url: 'https://skb.example/exempel/sorsjon-samlade-servicen/',
      startedYear: 2023,
      deadline: null,
    });
    expect(records.find((r) => r.type === 'funding-call')).toMatchObject({
      fundingStatus: 'öppen',
      amountMax: 200_000,
      countyCodes: ['20'],
    });
  });

  it('writes lists with semicolons and quotes text with commas in the CSV', () => {
    const text = csv(OPEN_DATA_FIELDS, records.map(csvRow));
    expect(text).toContain('2039;2062');
    expect(text).toContain('"Butik, bensin och ""paket"""');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${OPEN_DATA_FIELDS.join(',')}`);
  });

  describe('files made from kept record bytes', () => {
    const absolute = (path: string) => `https://skb.example${path}`;
    const head: OpenDataHead = {
      name: 'Servicekunskapsbanken',
      description: 'test',
      licence: LICENCE,
      source: absolute('/'),
      csv: absolute('/data/poster.csv'),
      generatedAt: '2026-11-26T12:00:00.000Z',
      fields: OPEN_DATA_FIELDS,
    };
    // What the files are: the whole document through JSON.stringify, the rows through csv().
    const plainJson = (of: typeof bank) => {
      const all = openDataRecords(of, absolute);
      return JSON.stringify({ ...head, count: all.length, entries: all }, null, 1);
    };
    const jsonText = (of: typeof bank) => Buffer.concat(openDataJsonBytes(of, absolute, head)).toString();
    const csvText = (of: typeof bank) => Buffer.concat(openDataCsvBytes(of, absolute)).toString();
    const plainCsv = (of: typeof bank) => csv(OPEN_DATA_FIELDS, openDataRecords(of, absolute).map(csvRow));
    const bankWith = (summary: string, extra = false) => {
      const input = noEntries();
      input['case-study'].push(caseStudy({ municipalities: ['2039', '2062'], summary }));
      if (extra) input['case-study'].push(caseStudy({ documentId: 'c2', slug: 'andra', summary: 'Rad\nbrytning' }));
      input['funding-call'].push(fundingCall());
      return createBank({ entries: input, serviceAreas, now: new Date('2026-11-26T12:00:00Z') });
    };

    it('are byte for byte what the whole document gives, build after build as entries change', () => {
      // The same process makes the files from one reading of the CMS after another, as the stack's renderer does.
      for (const next of [
        bank,
        bankWith('Butik, bensin och "paket"'),
        bankWith('Ändrad: ny text'),
        bankWith('Ändrad: ny text', true),
        bankWith('Butik, bensin och "paket"'),
      ]) {
        expect(jsonText(next)).toBe(plainJson(next));
        expect(csvText(next)).toBe(plainCsv(next));
      }
    });

    it('are right for a bank with no entries', () => {
      const empty = createBank({ entries: noEntries(), serviceAreas, now: new Date('2026-11-26T12:00:00Z') });
      expect(jsonText(empty)).toBe(plainJson(empty));
      expect(JSON.parse(jsonText(empty)).entries).toEqual([]);
      expect(csvText(empty)).toBe(plainCsv(empty));
    });
  });

  describe('as a response body', () => {
    const read = async (stream: ReadableStream<Uint8Array>) => {
      const got: Uint8Array[] = [];
      for await (const piece of stream) got.push(piece);
      return got;
    };

    it('hands over every piece once, in order, across the batches it is filled in', async () => {
      // 1,000 pieces: several batches and a short last one.
      const pieces = Array.from({ length: 1000 }, (_, index) => Buffer.from(`${index},`));
      const got = await read(piecesStream(pieces));
      expect(got).toHaveLength(1000);
      expect(Buffer.concat(got).toString()).toBe(pieces.map(String).join(''));
      expect(await new Response(piecesStream(pieces)).text()).toBe(pieces.map(String).join(''));
    });

    it('is an empty body for no pieces', async () => {
      expect(await read(piecesStream([]))).toEqual([]);
      expect(await new Response(piecesStream([])).text()).toBe('');
    });
  });
});
