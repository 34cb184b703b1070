// Turns seed entries into the data the Document Service takes, one object per language. Pure:
// relations are resolved by the caller through `refs`.
import { startOfStockholmDay, stockholmDate, stockholmOffsetMinutes } from '@skb/content-types';
import type {
  SeedCaseStudy,
  SeedCommon,
  SeedConsultationResponse,
  SeedEvent,
  SeedFundingCall,
  SeedMethod,
  SeedQuestion,
  SeedTrendNote,
} from './types.ts';

type Data = Record<string, unknown>;

export interface LocaleData {
  sv: Data;
  en?: Data;
}

/** The calendar date `days` from `now`'s Stockholm date. */
export function dateInDays(now: Date, days: number): string {
  const today = stockholmDate(now);
  const shifted = new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/** The instant of `time` ("09:30") Stockholm time on the date `days` from `now`. */
export function instantInDays(now: Date, days: number, time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`time must be HH:MM, not "${time}"`);
  const midnight = startOfStockholmDay(dateInDays(now, days));
  const naive = midnight.getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // Correct for a daylight-saving switch between midnight and the given time.
  const drift = stockholmOffsetMinutes(midnight) - stockholmOffsetMinutes(new Date(naive));
  return new Date(naive + drift * 60_000).toISOString();
}

/** Relations of a seed entry, resolved to document ids by the caller. */
export interface Refs {
  serviceAreas: string[];
  topics: string[];
  [relation: string]: string | string[] | null;
}

const connect = (ids: string[]) => ({ set: ids.map((documentId) => ({ documentId })) });
const connectOne = (id: string | string[] | null | undefined) =>
  typeof id === 'string' ? { set: [{ documentId: id }] } : undefined;

function common(entry: SeedCommon, refs: Refs): Data {
  return {
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    serviceAreas: connect(refs.serviceAreas),
    topics: connect(refs.topics),
  };
}

function withEnglish(sv: Data, en: Data | undefined, shared: Data): LocaleData {
  return en ? { sv, en: { ...sv, ...en, ...shared } } : { sv };
}

export function methodData(entry: SeedMethod, refs: Refs, now: Date): LocaleData {
  const shared = {
    actorLevels: entry.actorLevels,
    effort: entry.effort,
    cost: entry.cost,
    evidence: entry.evidence,
    lastVerifiedAt: entry.lastVerifiedDaysAgo === undefined ? null : dateInDays(now, -entry.lastVerifiedDaysAgo),
  };
  const sv = {
    ...common(entry, refs),
    ...shared,
    steps: entry.steps,
    timeNeeded: entry.timeNeeded ?? null,
    prerequisites: entry.prerequisites ?? null,
    sources: entry.sources ?? [],
  };
  return withEnglish(sv, entry.en && { sources: sv.sources, ...entry.en }, shared);
}

export function caseStudyData(entry: SeedCaseStudy, refs: Refs, now: Date): LocaleData {
  const shared = {
    municipalities: entry.municipalities,
    coordinates: entry.coordinates ?? null,
    startedYear: entry.startedYear,
    projectStatus: entry.projectStatus,
    lastVerifiedAt: entry.lastVerifiedDaysAgo === undefined ? null : dateInDays(now, -entry.lastVerifiedDaysAgo),
  };
  const sv = {
    ...common(entry, refs),
    ...shared,
    outcomes: entry.outcomes,
    lessons: entry.lessons,
    funding: entry.funding ?? null,
    organisations: connect(refs.organisations as string[]),
    methods: connect(refs.methods as string[]),
  };
  return withEnglish(sv, entry.en && { funding: sv.funding, ...entry.en }, shared);
}

export function fundingCallData(entry: SeedFundingCall, refs: Refs, now: Date): LocaleData {
  const shared = {
    opensAt: instantInDays(now, entry.opensInDays, '00:00'),
    deadline: instantInDays(now, entry.deadlineInDays, entry.deadlineTime ?? '23:59'),
    amountMin: entry.amountMin ?? null,
    amountMax: entry.amountMax ?? null,
    eligibleApplicants: entry.eligibleApplicants,
    geography: entry.geography,
    counties: entry.counties ?? [],
    externalUrl: entry.externalUrl ?? null,
  };
  const sv = { ...common(entry, refs), ...shared, funder: connectOne(refs.funder) };
  return withEnglish(sv, entry.en, shared);
}

export function consultationResponseData(entry: SeedConsultationResponse, refs: Refs, now: Date): LocaleData {
  const shared = {
    referenceNumber: entry.referenceNumber ?? null,
    consultationDeadline: dateInDays(now, entry.consultationDeadlineInDays),
    submittedAt: entry.submittedInDays === undefined ? null : dateInDays(now, entry.submittedInDays),
  };
  const sv = {
    ...common(entry, refs),
    ...shared,
    consultationTitle: entry.consultationTitle,
    outcome: entry.outcome ?? null,
    issuer: connectOne(refs.issuer),
    respondent: connectOne(refs.respondent),
    methods: connect(refs.methods as string[]),
    caseStudies: connect(refs.caseStudies as string[]),
  };
  return withEnglish(sv, entry.en && { outcome: sv.outcome, ...entry.en }, shared);
}

export function trendNoteData(entry: SeedTrendNote, refs: Refs, _now?: Date): LocaleData {
  const shared = { region: entry.region };
  const sv = { ...common(entry, refs), ...shared, sourceLinks: entry.sourceLinks };
  return withEnglish(sv, entry.en && { sourceLinks: entry.sourceLinks, ...entry.en }, shared);
}

export function eventData(entry: SeedEvent, refs: Refs, now: Date): LocaleData {
  const shared = {
    kind: entry.kind,
    startsAt: instantInDays(now, entry.startsInDays, entry.startTime),
    endsAt: instantInDays(now, entry.startsInDays + (entry.lastsDays ?? 0), entry.endTime),
    municipality: entry.municipality ?? null,
    onlineUrl: entry.onlineUrl ?? null,
    registrationUrl: entry.registrationUrl ?? null,
  };
  const sv = {
    ...common(entry, refs),
    ...shared,
    location: entry.location ?? null,
    organiser: connectOne(refs.organiser),
  };
  return withEnglish(sv, entry.en && { location: sv.location, ...entry.en }, shared);
}

/** A helpdesk question as the form would have stored it, with what the editors added. Not translated. */
export function questionData(entry: SeedQuestion, refs: Pick<Refs, 'serviceAreas'>): Data {
  return {
    name: entry.name,
    email: entry.email,
    municipality: entry.municipality ?? null,
    question: entry.question,
    consent: true,
    status: entry.status,
    answer: entry.answer ?? null,
    publicQuestion: entry.publicQuestion ?? null,
    serviceAreas: connect(refs.serviceAreas),
  };
}
