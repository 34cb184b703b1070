// The open-data export: every published language version of every entry, with SCB codes for
// places, as one JSON document and one CSV table with the same fields in the same order.
import {
  type CaseStudy,
  type ConsultationResponse,
  type Event,
  type FundingCall,
  findCounty,
  findMunicipality,
  type Method,
  type TrendNote,
} from '@skb/content-types';
import type { Bank, BankEntry } from './bank.ts';
import { entryDigest } from './entry-digest.ts';
import { type CsvValue, csvHead, csvLine } from './feeds/csv.ts';
import { NETWORK_OPEN_DATA_FIELDS, networkOpenData } from './open-data-network.ts';

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.sv',
  attribution: 'Servicekunskapsbanken',
} as const;

/** The fields, in order: the CSV header and the keys of each JSON record. */
export const OPEN_DATA_FIELDS = [
  'documentId',
  'locale',
  'type',
  'title',
  'summary',
  'url',
  'publishedAt',
  'updatedAt',
  'serviceAreas',
  'serviceAreaNames',
  'topics',
  'municipalityCodes',
  'municipalityNames',
  'countyCodes',
  'countyNames',
  'national',
  'evidence',
  'effort',
  'cost',
  'actorLevels',
  'timeNeeded',
  'startedYear',
  'projectStatus',
  'fundingStatus',
  'opensAt',
  'deadline',
  'amountMin',
  'amountMax',
  'eligibleApplicants',
  'funder',
  'consultationTitle',
  'issuer',
  'referenceNumber',
  'consultationDeadline',
  'submittedAt',
  'respondent',
  'eventKind',
  'startsAt',
  'endsAt',
  'location',
  'onlineUrl',
  'registrationUrl',
  'organiser',
  'externalUrl',
  'sourceLinks',
  ...NETWORK_OPEN_DATA_FIELDS,
  'body',
] as const;

export type OpenDataField = (typeof OPEN_DATA_FIELDS)[number];
export type OpenDataValue = string | number | boolean | null | readonly string[];
export type OpenDataRecord = Record<OpenDataField, OpenDataValue>;

/** One record per published language version. `absolute` turns a site path into a full address. */
export function openDataRecord(entry: BankEntry, absolute: (path: string) => string): OpenDataRecord {
  const d = entry.data;
  const method = entry.type === 'method' ? (d as Method) : undefined;
  const caseStudy = entry.type === 'case-study' ? (d as CaseStudy) : undefined;
  const call = entry.type === 'funding-call' ? (d as FundingCall) : undefined;
  const response = entry.type === 'consultation-response' ? (d as ConsultationResponse) : undefined;
  const trend = entry.type === 'trend-note' ? (d as TrendNote) : undefined;
  const event = entry.type === 'event' ? (d as Event) : undefined;
  return {
    documentId: d.documentId,
    locale: entry.locale,
    type: entry.type,
    title: entry.title,
    summary: entry.summary,
    url: absolute(entry.path),
    publishedAt: entry.publishedAt,
    updatedAt: d.updatedAt,
    serviceAreas: entry.areas.map((area) => area.slug),
    serviceAreaNames: entry.areas.map((area) => (entry.locale === 'en' ? area.nameEn : area.name)),
    topics: d.topics.map((topic) => topic.name),
    municipalityCodes: entry.municipalities,
    municipalityNames: entry.municipalities.map((code) => findMunicipality(code)?.name ?? code),
    countyCodes: entry.counties,
    countyNames: entry.counties.map((code) => findCounty(code)?.name ?? code),
    national: entry.national,
    evidence: method?.evidence ?? null,
    effort: method?.effort ?? null,
    cost: method?.cost ?? null,
    actorLevels: method?.actorLevels ?? [],
    timeNeeded: method?.timeNeeded ?? null,
    startedYear: caseStudy?.startedYear ?? null,
    projectStatus: caseStudy?.projectStatus ?? (entry.type === 'project' ? entry.data.projectStatus : null),
    fundingStatus: entry.status ?? null,
    opensAt: call?.opensAt ?? null,
    deadline: call?.deadline ?? null,
    amountMin: call?.amountMin ?? null,
    amountMax: call?.amountMax ?? null,
    eligibleApplicants: call?.eligibleApplicants ?? [],
    funder: call?.funder?.name ?? null,
    consultationTitle: response?.consultationTitle ?? null,
    issuer: response?.issuer?.name ?? null,
    referenceNumber: response?.referenceNumber ?? null,
    consultationDeadline: response?.consultationDeadline ?? null,
    submittedAt: response?.submittedAt ?? null,
    respondent: response?.respondent?.name ?? null,
    eventKind: event?.kind ?? null,
    startsAt: event?.startsAt ?? null,
    endsAt: event?.endsAt ?? null,
    location: event?.location ?? null,
    onlineUrl: event?.onlineUrl ?? null,
    registrationUrl: event?.registrationUrl ?? null,
    organiser: event?.organiser?.name ?? null,
    externalUrl:
      call?.externalUrl ??
      (entry.type === 'project' ? entry.data.externalUrl : entry.type === 'network' ? entry.data.website : null) ??
      null,
    sourceLinks: [...(method?.sources ?? []), ...(trend?.sourceLinks ?? [])].map((link) => link.url),
    ...networkOpenData(entry),
    body: d.body,
  };
}

// Both files, and the records, list the entries in one order: sorted once per bank.
const entriesInOrder = new WeakMap<Bank, BankEntry[]>();

/** Every published version, ordered by type, then document, then language: the records' order. */
function openDataEntries(bank: Bank): BankEntry[] {
  let entries = entriesInOrder.get(bank);
  if (!entries) {
    entries = bank
      .everyVersion()
      .slice()
      .sort(
        (a, b) =>
          a.type.localeCompare(b.type) ||
          a.data.documentId.localeCompare(b.data.documentId) ||
          a.locale.localeCompare(b.locale),
      );
    entriesInOrder.set(bank, entries);
  }
  return entries;
}

/** Every record, ordered by type, then document, then language. */
export function openDataRecords(bank: Bank, absolute: (path: string) => string): OpenDataRecord[] {
  return openDataEntries(bank).map((entry) => openDataRecord(entry, absolute));
}

/**
 * Each entry's record as one of the open data's files writes it, in UTF-8, kept from one reading of
 * the CMS to the next by the entry's digest (./entry-digest.ts): the stack's renderer builds the site
 * many times in one process, and a publish changes one entry of thousands, whose records are the
 * files' tens of megabytes. Only the last build's records are kept (outside V8's heap, as bytes).
 */
class RecordBytes {
  #kept = new Map<string, Buffer>();
  #absolute: ((path: string) => string) | undefined;
  constructor(private readonly write: (record: OpenDataRecord) => string) {}

  /** The bytes of each entry's record, in order. */
  of(entries: readonly BankEntry[], absolute: (path: string) => string): Buffer[] {
    // Another address for the pages (never within one process, but not assumed): nothing is kept.
    const kept = absolute === this.#absolute ? this.#kept : new Map<string, Buffer>();
    const next = new Map<string, Buffer>();
    const records = entries.map((entry) => {
      const digest = entryDigest(entry);
      const bytes = next.get(digest) ?? kept.get(digest) ?? Buffer.from(this.write(openDataRecord(entry, absolute)));
      next.set(digest, bytes);
      return bytes;
    });
    this.#kept = next;
    this.#absolute = absolute;
    return records;
  }
}

/** The JSON file's indentation (JSON.stringify's `space`), and where its records sit in it. */
const JSON_INDENT = 1;
const RECORD_INDENT = ' '.repeat(2 * JSON_INDENT);
const RECORD_SEPARATOR = Buffer.from(`,\n${RECORD_INDENT}`);
const jsonRecords = new RecordBytes((record) =>
  JSON.stringify(record, null, JSON_INDENT).replaceAll('\n', `\n${RECORD_INDENT}`),
);
const csvRecords = new RecordBytes((record) => csvLine(csvRow(record)));

/** What the JSON file says of itself before its records. */
export interface OpenDataHead {
  name: string;
  description: string;
  licence: typeof LICENCE;
  source: string;
  csv: string;
  generatedAt: string;
  fields: readonly OpenDataField[];
}

/**
 * The JSON file, in pieces of UTF-8 to be written one after the other: `head`, the count and every
 * record, byte for byte what `JSON.stringify({ ...head, count, entries: records }, null, 1)` writes,
 * made from the records' kept bytes.
 */
export function openDataJsonBytes(bank: Bank, absolute: (path: string) => string, head: OpenDataHead): Buffer[] {
  const entries = openDataEntries(bank);
  const document = { ...head, count: entries.length };
  if (entries.length === 0) return [Buffer.from(JSON.stringify({ ...document, entries: [] }, null, JSON_INDENT))];
  // The document with one stand-in record, whose place the records take.
  const marker = '\u0000records';
  const [before, after, ...rest] = JSON.stringify({ ...document, entries: [marker] }, null, JSON_INDENT).split(
    JSON.stringify(marker),
  );
  if (after === undefined || rest.length > 0) throw new Error("open data: the records' place was not found once");
  const pieces: Buffer[] = [Buffer.from(before ?? '')];
  for (const [i, record] of jsonRecords.of(entries, absolute).entries()) {
    if (i > 0) pieces.push(RECORD_SEPARATOR);
    pieces.push(record);
  }
  pieces.push(Buffer.from(after));
  return pieces;
}

/** The CSV file, in pieces: the header and a row per record as csv() writes them, from the rows' kept bytes. */
export function openDataCsvBytes(bank: Bank, absolute: (path: string) => string): Buffer[] {
  return [Buffer.from(csvHead(OPEN_DATA_FIELDS)), ...csvRecords.of(openDataEntries(bank), absolute)];
}

/** How many pieces a body's stream holds at most: it is filled as it is read. */
const PIECES_PER_PULL = 256;

/**
 * A stream of `pieces`, one after the other, for a response's body. It is filled as it is read, a
 * batch at a time: with all 20,000 pieces of a 10,000-entry file queued at once, each read took the
 * first off the whole queue, and reading one file took 0.25 s instead of 0.01 s.
 */
export function piecesStream(pieces: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const end = Math.min(next + PIECES_PER_PULL, pieces.length);
        for (; next < end; next++) controller.enqueue(pieces[next] as Uint8Array);
        if (next >= pieces.length) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** A record as a CSV row: lists joined with semicolons. */
export function csvRow(record: OpenDataRecord): CsvValue[] {
  return OPEN_DATA_FIELDS.map((field) => {
    const value = record[field];
    return Array.isArray(value) ? value.join(';') : (value as CsvValue);
  });
}
