// Every content type of the bank in one place: its zod schemas, its Strapi schema, what the API
// populates for it, and where its pages live on the site.
import type { z } from 'zod';
import type { AdvocacyAction } from './network/advocacy-action.ts';
import { advocacyAction, goal, meetingPopulate, network, project } from './network/definitions.ts';
import type { Goal } from './network/goal.ts';
import type { Network } from './network/network.ts';
import type { Project } from './network/project.ts';
import type { PublicQueryRules } from './public-query.ts';
import type { StrapiContentTypeSchema } from './strapi/schema-types.ts';
import { type CaseStudy, caseStudyEntry, caseStudyFields, caseStudyStrapi } from './types/case-study.ts';
import {
  type ConsultationResponse,
  consultationResponseEntry,
  consultationResponseFields,
  consultationResponseRules,
  consultationResponseStrapi,
} from './types/consultation-response.ts';
import { type Event, eventEntry, eventFields, eventRules, eventStrapi } from './types/event.ts';
import {
  type FundingCall,
  fundingCallEntry,
  fundingCallFields,
  fundingCallRules,
  fundingCallStrapi,
} from './types/funding-call.ts';
import { type Method, methodEntry, methodFields, methodStrapi } from './types/method.ts';
import { questionFields, questionRules, questionStrapi } from './types/question.ts';
import {
  type ServiceCoordinator,
  serviceCoordinatorEntry,
  serviceCoordinatorFields,
  serviceCoordinatorRules,
  serviceCoordinatorStrapi,
} from './types/service-coordinator.ts';
import {
  type ServicePlan,
  servicePlanEntry,
  servicePlanFields,
  servicePlanRules,
  servicePlanStrapi,
} from './types/service-plan.ts';
import {
  organisationEntry,
  organisationFields,
  organisationStrapi,
  serviceAreaEntry,
  serviceAreaFields,
  serviceAreaStrapi,
  topicEntry,
  topicFields,
  topicStrapi,
} from './types/taxonomies.ts';
import { type TrendNote, trendNoteEntry, trendNoteFields, trendNoteStrapi } from './types/trend-note.ts';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

// biome-ignore lint/suspicious/noExplicitAny: the refinement context is zod's; values are checked before rules run
type Rules = (value: any, ctx: z.RefinementCtx) => void;

/** A Strapi populate object (`{ relation: { fields: [...] }, component: true }`). */
export type Populate = { [field: string]: true | { fields?: readonly string[]; populate?: Populate } };

export interface ContentTypeDefinition {
  /** Strapi's uid, `api::method.method`. */
  uid: `api::${string}.${string}`;
  /** Singular API id, `method`; the `type` of search documents. */
  name: string;
  /** Plural API id, `methods`; the REST path `/api/methods`. */
  pluralName: string;
  /** `public`: published entries are public; `taxonomy`: always public; `private`: never public. */
  visibility: 'public' | 'taxonomy' | 'private';
  /** Every field an editor writes, relations included, as zod. */
  fields: z.ZodObject;
  /** Rules across fields, run after the fields are valid. */
  rules?: Rules;
  /** The entry as the public API serves it (system fields, no private fields). */
  entry?: z.ZodType;
  /** The schema object the CMS loads. */
  strapi: StrapiContentTypeSchema;
  /** What the public API populates on list and detail requests for this type. */
  populate: Populate;
  /**
   * Filter keys, sort keys and fields the public API allows for this type beyond the defaults
   * (system fields, slug, title, name: see `public-query.ts`); everything else is refused.
   */
  publicQuery?: Partial<PublicQueryRules>;
  /** Name in Swedish (singular, plural) and English, for the interface. */
  label: { sv: string; svPlural: string; en: string; enPlural: string };
  /** Path segment of the type's pages on the site per locale (`metoder`, `methods`). */
  path?: Record<Locale, string>;
}

const terms = { fields: ['name', 'slug'] } as const;
const refs = { fields: ['title', 'slug', 'locale'] } as const;
const localizations = { fields: ['locale', 'slug', 'title'] } as const;
const commonPopulate = { serviceAreas: terms, topics: terms, localizations } satisfies Populate;

export const method = {
  uid: 'api::method.method',
  name: 'method',
  pluralName: 'methods',
  visibility: 'public',
  fields: methodFields,
  entry: methodEntry,
  strapi: methodStrapi,
  populate: {
    ...commonPopulate,
    steps: true,
    sources: true,
    caseStudies: { fields: ['title', 'slug', 'locale', 'municipalities'], populate: { coordinates: true } },
  },
  label: { sv: 'Metod', svPlural: 'Metoder', en: 'Method', enPlural: 'Methods' },
  path: { sv: 'metoder', en: 'methods' },
} as const satisfies ContentTypeDefinition;

export const caseStudy = {
  uid: 'api::case-study.case-study',
  name: 'case-study',
  pluralName: 'case-studies',
  visibility: 'public',
  fields: caseStudyFields,
  entry: caseStudyEntry,
  strapi: caseStudyStrapi,
  populate: { ...commonPopulate, coordinates: true, organisations: terms, methods: refs },
  label: { sv: 'Exempel', svPlural: 'Exempel', en: 'Case study', enPlural: 'Case studies' },
  path: { sv: 'exempel', en: 'case-studies' },
} as const satisfies ContentTypeDefinition;

export const fundingCall = {
  uid: 'api::funding-call.funding-call',
  name: 'funding-call',
  pluralName: 'funding-calls',
  visibility: 'public',
  fields: fundingCallFields,
  rules: fundingCallRules,
  entry: fundingCallEntry,
  strapi: fundingCallStrapi,
  populate: { ...commonPopulate, funder: terms },
  label: { sv: 'Utlysning', svPlural: 'Utlysningar', en: 'Funding call', enPlural: 'Funding calls' },
  path: { sv: 'utlysningar', en: 'funding-calls' },
} as const satisfies ContentTypeDefinition;

export const consultationResponse = {
  uid: 'api::consultation-response.consultation-response',
  name: 'consultation-response',
  pluralName: 'consultation-responses',
  visibility: 'public',
  fields: consultationResponseFields,
  rules: consultationResponseRules,
  entry: consultationResponseEntry,
  strapi: consultationResponseStrapi,
  populate: {
    ...commonPopulate,
    issuer: terms,
    respondent: terms,
    document: { fields: ['name', 'url', 'mime', 'size', 'alternativeText'] },
    methods: refs,
    caseStudies: refs,
  },
  label: { sv: 'Remissvar', svPlural: 'Remissvar', en: 'Consultation response', enPlural: 'Consultation responses' },
  path: { sv: 'remissvar', en: 'consultation-responses' },
} as const satisfies ContentTypeDefinition;

export const trendNote = {
  uid: 'api::trend-note.trend-note',
  name: 'trend-note',
  pluralName: 'trend-notes',
  visibility: 'public',
  fields: trendNoteFields,
  entry: trendNoteEntry,
  strapi: trendNoteStrapi,
  populate: { ...commonPopulate, sourceLinks: true },
  label: { sv: 'Omvärldsbevakning', svPlural: 'Omvärldsbevakning', en: 'Trend note', enPlural: 'Trend notes' },
  path: { sv: 'omvarldsbevakning', en: 'trend-notes' },
} as const satisfies ContentTypeDefinition;

export const event = {
  uid: 'api::event.event',
  name: 'event',
  pluralName: 'events',
  visibility: 'public',
  fields: eventFields,
  rules: eventRules,
  entry: eventEntry,
  strapi: eventStrapi,
  populate: { ...commonPopulate, organiser: terms, ...meetingPopulate },
  label: { sv: 'Evenemang', svPlural: 'Evenemang', en: 'Event', enPlural: 'Events' },
  path: { sv: 'evenemang', en: 'events' },
} as const satisfies ContentTypeDefinition;

export const servicePlan = {
  uid: 'api::service-plan.service-plan',
  name: 'service-plan',
  pluralName: 'service-plans',
  visibility: 'public',
  fields: servicePlanFields,
  rules: servicePlanRules,
  entry: servicePlanEntry,
  strapi: servicePlanStrapi,
  populate: { ...commonPopulate, document: { fields: ['name', 'url', 'mime', 'size', 'alternativeText'] } },
  label: {
    sv: 'Kommunal serviceplan',
    svPlural: 'Kommunala serviceplaner',
    en: 'Service plan',
    enPlural: 'Service plans',
  },
  path: { sv: 'serviceplaner', en: 'service-plans' },
} as const satisfies ContentTypeDefinition;

export const serviceCoordinator = {
  uid: 'api::service-coordinator.service-coordinator',
  name: 'service-coordinator',
  pluralName: 'service-coordinators',
  visibility: 'public',
  fields: serviceCoordinatorFields,
  rules: serviceCoordinatorRules,
  entry: serviceCoordinatorEntry,
  strapi: serviceCoordinatorStrapi,
  populate: commonPopulate,
  label: {
    sv: 'Servicesamordnare',
    svPlural: 'Servicesamordnare',
    en: 'Service coordinator',
    enPlural: 'Service coordinators',
  },
  path: { sv: 'servicesamordnare', en: 'service-coordinators' },
} as const satisfies ContentTypeDefinition;

export const question = {
  uid: 'api::question.question',
  name: 'question',
  pluralName: 'questions',
  visibility: 'private',
  fields: questionFields,
  rules: questionRules,
  strapi: questionStrapi,
  populate: { serviceAreas: terms },
  label: { sv: 'Helpdeskfråga', svPlural: 'Helpdeskfrågor', en: 'Question', enPlural: 'Questions' },
} as const satisfies ContentTypeDefinition;

export const serviceArea = {
  uid: 'api::service-area.service-area',
  name: 'service-area',
  pluralName: 'service-areas',
  visibility: 'taxonomy',
  fields: serviceAreaFields,
  entry: serviceAreaEntry,
  strapi: serviceAreaStrapi,
  populate: {},
  label: { sv: 'Serviceområde', svPlural: 'Serviceområden', en: 'Service area', enPlural: 'Service areas' },
} as const satisfies ContentTypeDefinition;

export const topic = {
  uid: 'api::topic.topic',
  name: 'topic',
  pluralName: 'topics',
  visibility: 'taxonomy',
  fields: topicFields,
  entry: topicEntry,
  strapi: topicStrapi,
  populate: {},
  label: { sv: 'Ämne', svPlural: 'Ämnen', en: 'Topic', enPlural: 'Topics' },
} as const satisfies ContentTypeDefinition;

export const organisation = {
  uid: 'api::organisation.organisation',
  name: 'organisation',
  pluralName: 'organisations',
  visibility: 'taxonomy',
  fields: organisationFields,
  entry: organisationEntry,
  strapi: organisationStrapi,
  populate: {},
  label: { sv: 'Organisation', svPlural: 'Organisationer', en: 'Organisation', enPlural: 'Organisations' },
} as const satisfies ContentTypeDefinition;

/** The types whose published entries are public, in the order the site lists them. */
export const PUBLIC_TYPES = [
  method,
  caseStudy,
  fundingCall,
  consultationResponse,
  trendNote,
  // Goals before events: a nätverksträff follows them up, so they are seeded first.
  goal,
  event,
  servicePlan,
  serviceCoordinator,
  project,
  network,
  advocacyAction,
] as const;
export const TAXONOMY_TYPES = [serviceArea, topic, organisation] as const;
export const ALL_TYPES: readonly ContentTypeDefinition[] = [...PUBLIC_TYPES, question, ...TAXONOMY_TYPES];

export type PublicType = (typeof PUBLIC_TYPES)[number];
export type PublicTypeName = PublicType['name'];
export const PUBLIC_TYPE_NAMES = PUBLIC_TYPES.map((type) => type.name) as PublicTypeName[];

/** A published entry of any public type, tagged by its type name. */
export interface EntryByType {
  method: Method;
  'case-study': CaseStudy;
  'funding-call': FundingCall;
  'consultation-response': ConsultationResponse;
  'trend-note': TrendNote;
  event: Event;
  'service-plan': ServicePlan;
  'service-coordinator': ServiceCoordinator;
  goal: Goal;
  project: Project;
  network: Network;
  'advocacy-action': AdvocacyAction;
}

export { advocacyAction, goal, network, project };

export function contentTypeByUid(uid: string): ContentTypeDefinition | undefined {
  return ALL_TYPES.find((type) => type.uid === uid);
}

export function publicTypeByName(name: string): PublicType | undefined {
  return PUBLIC_TYPES.find((type) => type.name === name);
}

/** Address of an entry's page on the site: `/metoder/asele-torg/`, `/en/methods/asele-square/`. */
export function entryPath(entry: { type: PublicTypeName; slug: string; locale: string }): string {
  const type = publicTypeByName(entry.type);
  if (!type) throw new Error(`not a public type: ${entry.type}`);
  const locale: Locale = entry.locale === 'en' ? 'en' : 'sv';
  return `${locale === 'en' ? '/en' : ''}/${type.path[locale]}/${entry.slug}/`;
}
