// The shape of the demo content in ./data. Entries are written in Swedish; `en` holds the English
// version of the translated fields for the entries that have one. Dates are relative to the day the
// seed runs ("in N days"), so open calls stay open and upcoming events stay upcoming.
import type {
  ACTOR_LEVELS,
  APPLICANT_KINDS,
  CASE_STATUSES,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  GEOGRAPHIES,
  LEVELS,
  ORGANISATION_KINDS,
  QUESTION_STATUSES,
  SERVICE_AREAS,
} from '@skb/content-types';

type ValueOf<V extends { values: readonly string[] }> = V['values'][number];

export type ServiceAreaSlug = (typeof SERVICE_AREAS)[number]['slug'];

/** A step of a method. */
export interface SeedStep {
  title: string;
  /** Markdown. */
  body: string;
}

export interface SeedLink {
  label: string;
  url: string;
}

/** Fields every seed entry has. */
export interface SeedCommon {
  /** Stable key, unique within its type, that other seed entries use to refer to this one. */
  key: string;
  /** Swedish title. */
  title: string;
  /** Swedish plain-text summary, at most 300 characters. */
  summary: string;
  /** Swedish body in Markdown. */
  body: string;
  /** Slugs of the service areas (see SERVICE_AREAS in @skb/content-types). */
  serviceAreas: ServiceAreaSlug[];
  /** Topic names, lower case; created when missing ("hemsändning", "kommunal serviceplan"). */
  topics: string[];
  /** Left as an unpublished draft: never visible on the site, in search or in the public API. */
  draft?: true;
  /** How many days before the seed day the entry was published (spreads "newest" lists). */
  publishedDaysAgo: number;
}

export interface SeedMethod extends SeedCommon {
  steps: SeedStep[];
  actorLevels: ValueOf<typeof ACTOR_LEVELS>[];
  effort: ValueOf<typeof LEVELS>;
  cost: ValueOf<typeof LEVELS>;
  evidence: ValueOf<typeof EVIDENCE_LEVELS>;
  timeNeeded?: string;
  /** Markdown. */
  prerequisites?: string;
  sources?: SeedLink[];
  lastVerifiedDaysAgo?: number;
  en?: {
    title: string;
    summary: string;
    body: string;
    steps: SeedStep[];
    timeNeeded?: string;
    prerequisites?: string;
    sources?: SeedLink[];
  };
}

export interface SeedCaseStudy extends SeedCommon {
  /** SCB municipality codes, at least one. */
  municipalities: string[];
  coordinates?: { lat: number; lon: number };
  startedYear: number;
  projectStatus: ValueOf<typeof CASE_STATUSES>;
  /** Markdown, with numbers. */
  outcomes: string;
  /** Markdown, including what did not work. */
  lessons: string;
  /** Markdown. */
  funding?: string;
  /** Organisation names (starting organisations or those in data/organisations.ts). */
  organisations: string[];
  /** Keys of the methods used. */
  methods: string[];
  lastVerifiedDaysAgo?: number;
  en?: { title: string; summary: string; body: string; outcomes: string; lessons: string; funding?: string };
}

export interface SeedFundingCall extends SeedCommon {
  /** Organisation name of the funder. */
  funder: string;
  /** Days from the seed day to the opening day (negative: already open). Opens at 00:00 Stockholm time. */
  opensInDays: number;
  /** Days from the seed day to the deadline day (negative: closed). */
  deadlineInDays: number;
  /** Time of day of the deadline, Stockholm time; default "23:59". */
  deadlineTime?: string;
  amountMin?: number;
  amountMax?: number;
  eligibleApplicants: ValueOf<typeof APPLICANT_KINDS>[];
  geography: ValueOf<typeof GEOGRAPHIES>;
  /** SCB county codes when geography is "län". */
  counties?: string[];
  externalUrl?: string;
  en?: { title: string; summary: string; body: string };
}

export interface SeedConsultationResponse extends SeedCommon {
  consultationTitle: string;
  /** Organisation name of the issuer (a ministry or agency). */
  issuer: string;
  /** Diarienummer, e.g. "LI2026/01234". */
  referenceNumber?: string;
  /** Days from the seed day to the svarsdatum (negative: passed). */
  consultationDeadlineInDays: number;
  /** Days from the seed day to when the response was sent (negative: sent); omit when not yet sent. */
  submittedInDays?: number;
  /** Organisation name of the respondent. */
  respondent: string;
  /** Markdown: what was decided later. */
  outcome?: string;
  /** Keys of the methods the response refers to. */
  methods: string[];
  /** Keys of the case studies the response cites. */
  caseStudies: string[];
  en?: { title: string; summary: string; body: string; consultationTitle: string; outcome?: string };
}

export interface SeedTrendNote extends SeedCommon {
  sourceLinks: SeedLink[];
  /** SCB county codes; empty for all of Sweden. */
  region: string[];
  en?: { title: string; summary: string; body: string };
}

export interface SeedEvent extends SeedCommon {
  kind: ValueOf<typeof EVENT_KINDS>;
  /** Days from the seed day to the start day (negative: past). */
  startsInDays: number;
  /** Start time, Stockholm time ("09:30"). */
  startTime: string;
  /** Days from the start day to the end day; default 0. */
  lastsDays?: number;
  /** End time, Stockholm time ("16:00"). */
  endTime: string;
  location?: string;
  /** SCB municipality code when held in one place. */
  municipality?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  /** Organisation name. */
  organiser: string;
  en?: { title: string; summary: string; body: string; location?: string };
}

export interface SeedOrganisation {
  name: string;
  kind: ValueOf<typeof ORGANISATION_KINDS>;
  website?: string;
  municipality?: string;
}

/** A helpdesk question as it arrived from the site's form, and what the editors did with it. */
export interface SeedQuestion {
  /** The asker's name (invented). */
  name: string;
  /** The asker's address, always at example.se. */
  email: string;
  /** SCB code of the asker's municipality, when they gave one. */
  municipality?: string;
  /** The question as it was written in the form. Also the seed's identity: an existing text is skipped. */
  question: string;
  /** ny: not yet handled; besvarad: answered by e-mail only; publicerad: also shown anonymised in the FAQ. */
  status: ValueOf<typeof QUESTION_STATUSES>;
  /** The editors' answer in Markdown; required when published. */
  answer?: string;
  /** The question rewritten without names or details that identify anyone; required when published. */
  publicQuestion?: string;
  /** Words in the question that point to a person, place or association; the public texts leave them out. */
  identifying?: string[];
  /** Slugs of the service areas the question concerns. */
  serviceAreas?: ServiceAreaSlug[];
  /** How many days before the seed day the question came in. */
  receivedDaysAgo: number;
  /** How many days before the seed day it was answered (or published); omit when still new. */
  answeredDaysAgo?: number;
}
