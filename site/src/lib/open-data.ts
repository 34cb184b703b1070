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
import type { CsvValue } from './feeds/csv.ts';
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

/** Every record, ordered by type, then document, then language. */
export function openDataRecords(bank: Bank, absolute: (path: string) => string): OpenDataRecord[] {
  return bank
    .everyVersion()
    .slice()
    .sort(
      (a, b) =>
        a.type.localeCompare(b.type) ||
        a.data.documentId.localeCompare(b.data.documentId) ||
        a.locale.localeCompare(b.locale),
    )
    .map((entry) => openDataRecord(entry, absolute));
}

/** A record as a CSV row: lists joined with semicolons. */
export function csvRow(record: OpenDataRecord): CsvValue[] {
  return OPEN_DATA_FIELDS.map((field) => {
    const value = record[field];
    return Array.isArray(value) ? value.join(';') : (value as CsvValue);
  });
}
