// Every address the site has, built in one place so links and pages cannot disagree. Swedish
// pages live at the root, English ones under /en/. Entry pages are one segment below their section
// (`/metoder/<slug>/`); lists, filters and pagination are always two or more (`/metoder/sida/2/`,
// `/metoder/omrade/drivmedel/`), so no entry slug can ever take a list's address.
import {
  type CountyRecord,
  entryPath,
  type FundingCallStatus,
  type MunicipalityRecord,
  type PublicTypeName,
  publicTypeByName,
  questionAnchor,
  slugify,
} from '@skb/content-types';
import type { Locale } from './i18n.ts';
import { type FacetName, listFacet } from './list-facets.ts';
import { countySlug, municipalitySlug } from './places.ts';

const SEGMENTS = {
  sv: {
    page: 'sida',
    area: 'omrade',
    county: 'lan',
    status: 'status',
    search: 'sok',
    map: 'karta',
    municipality: 'kommun',
    calendar: 'kalender',
    statistics: 'statistik',
    faq: 'fragor',
    ask: 'fraga',
    about: 'om',
    accessibility: 'tillganglighet',
    openData: 'oppna-data',
    national: 'hela-sverige',
    serviceStatus: 'servicestatus',
    subscribe: 'prenumerera',
  },
  en: {
    page: 'page',
    area: 'area',
    county: 'county',
    status: 'status',
    search: 'search',
    map: 'map',
    municipality: 'municipality',
    calendar: 'calendar',
    statistics: 'statistics',
    faq: 'questions',
    ask: 'ask',
    about: 'about',
    accessibility: 'accessibility',
    openData: 'open-data',
    national: 'all-of-sweden',
    serviceStatus: 'service-status',
    subscribe: 'subscribe',
  },
} as const;

export type PageName =
  | 'search'
  | 'map'
  | 'calendar'
  | 'statistics'
  | 'faq'
  | 'ask'
  | 'about'
  | 'accessibility'
  | 'openData'
  | 'serviceStatus'
  | 'subscribe';

const STATUS_SLUGS: Record<Locale, Record<FundingCallStatus, string>> = {
  sv: { öppen: 'oppna', kommande: 'kommande', stängd: 'stangda' },
  en: { öppen: 'open', kommande: 'upcoming', stängd: 'closed' },
};

export const FUNDING_STATUSES: readonly FundingCallStatus[] = ['öppen', 'kommande', 'stängd'];

const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');

/** A service area as addresses need it. */
export interface AreaRef {
  slug: string;
  nameEn: string;
}

/** `/` or `/en/`. */
export const homePath = (locale: Locale): string => `${prefix(locale)}/`;

/** A standalone page: `/sok/`, `/en/search/`. */
export const pagePath = (locale: Locale, page: PageName): string => `${prefix(locale)}/${SEGMENTS[locale][page]}/`;

/** The address part of a service area in a language: `drivmedel`, `fuel`. */
export const areaSlug = (area: AreaRef, locale: Locale): string => (locale === 'en' ? slugify(area.nameEn) : area.slug);

/** Slug of a funding-call status: `oppna`, `open`. */
export const statusSlug = (status: FundingCallStatus, locale: Locale): string => STATUS_SLUGS[locale][status];

/** Section of a public type: `/metoder/`, `/en/methods/`. */
export function sectionPath(locale: Locale, type: PublicTypeName): string {
  const definition = publicTypeByName(type);
  if (!definition) throw new Error(`not a public type: ${type}`);
  return `${prefix(locale)}/${definition.path[locale]}/`;
}

/** What a list shows: everything, or one service area, county (or all of Sweden) or funding-call status. */
export type ListFilter =
  | { kind: 'all' }
  | { kind: 'area'; area: AreaRef }
  | { kind: 'county'; county: CountyRecord }
  | { kind: 'national' }
  | { kind: 'status'; status: FundingCallStatus }
  | { kind: 'facet'; facet: FacetName; value: string };

/** A page of a section's list: `/metoder/`, `/metoder/sida/2/`, `/utlysningar/status/oppna/sida/3/`. */
export function listPath(locale: Locale, type: PublicTypeName, filter: ListFilter = { kind: 'all' }, page = 1): string {
  const s = SEGMENTS[locale];
  let path = sectionPath(locale, type);
  if (filter.kind === 'area') path += `${s.area}/${areaSlug(filter.area, locale)}/`;
  if (filter.kind === 'county') path += `${s.county}/${countySlug(filter.county)}/`;
  if (filter.kind === 'national') path += `${s.county}/${s.national}/`;
  if (filter.kind === 'status') path += `${s.status}/${statusSlug(filter.status, locale)}/`;
  if (filter.kind === 'facet') {
    const facet = listFacet(type, filter.facet);
    path += `${facet.segment[locale]}/${facet.slug(filter.value, locale)}/`;
  }
  return page > 1 ? `${path}${s.page}/${page}/` : path;
}

/** An entry's page, from content-types' `entryPath`. */
export const entryPagePath = (entry: { type: PublicTypeName; slug: string; locale: string }): string =>
  entryPath(entry);

/** The pages a reader lands on after the subscribe form and the digest's links: `/prenumerera/tack/`. */
export const SUBSCRIBE_STEPS = {
  sv: { thanks: 'tack', confirmed: 'bekraftad', unsubscribed: 'avslutad' },
  en: { thanks: 'thanks', confirmed: 'confirmed', unsubscribed: 'unsubscribed' },
} as const;
export type SubscribeStep = keyof (typeof SUBSCRIBE_STEPS)['sv'];
export const subscribeStepPath = (locale: Locale, step: SubscribeStep): string =>
  `${pagePath(locale, 'subscribe')}${SUBSCRIBE_STEPS[locale][step]}/`;

/** A county's page: `/lan/dalarna/`. */
export const countyPath = (locale: Locale, county: CountyRecord): string =>
  `${prefix(locale)}/${SEGMENTS[locale].county}/${countySlug(county)}/`;

/** A municipality's page: `/kommun/alvdalen/`. */
export const municipalityPath = (locale: Locale, municipality: MunicipalityRecord): string =>
  `${prefix(locale)}/${SEGMENTS[locale].municipality}/${municipalitySlug(municipality)}/`;

/** The page for a slug two municipalities share: `/kommun/habo/`. */
export const municipalitySlugPath = (locale: Locale, slug: string): string =>
  `${prefix(locale)}/${SEGMENTS[locale].municipality}/${slug}/`;

/** A service area's page across all types: `/omrade/drivmedel/`, `/en/area/fuel/`. */
export const areaPath = (locale: Locale, area: AreaRef): string =>
  `${prefix(locale)}/${SEGMENTS[locale].area}/${areaSlug(area, locale)}/`;

/** RSS feed of everything (`/rss.xml`) or of one type (`/metoder/rss.xml`). */
export const rssPath = (locale: Locale, type?: PublicTypeName): string =>
  type ? `${sectionPath(locale, type)}rss.xml` : `${prefix(locale)}/rss.xml`;

/** Where one published Q&A stands on the questions page: `/fragor/#fraga-<documentId>`. */
export const faqItemPath = (locale: Locale, documentId: string): string =>
  `${pagePath(locale, 'faq')}#${questionAnchor(documentId)}`;

/** The questions page's RSS: `/fragor/rss.xml`, `/en/questions/rss.xml`. */
export const faqRssPath = (locale: Locale): string => `${pagePath(locale, 'faq')}rss.xml`;

export type CalendarFeed = 'events' | 'funding' | 'consultations';

const CALENDAR_FILES: Record<Locale, Record<CalendarFeed, string>> = {
  sv: { events: 'evenemang.ics', funding: 'utlysningar.ics', consultations: 'remisser.ics' },
  en: { events: 'events.ics', funding: 'funding-calls.ics', consultations: 'consultations.ics' },
};

/**
 * Where a reader's feeds live: a county (`/lan/jamtland/`), a service area (`/omrade/dagligvaror/`)
 * or both (`/lan/jamtland/dagligvaror/`); the same under /en/ with English segments.
 */
export interface FeedScope {
  county?: CountyRecord;
  area?: AreaRef & { name: string };
}

/** The folder every county's or every area's pages and feeds are in: `/lan/`, `/en/area/`. */
export const placeRootPath = (locale: Locale, kind: 'county' | 'area'): string =>
  `${prefix(locale)}/${SEGMENTS[locale][kind]}/`;

/** The folder of a scope's feeds. */
export function feedScopePath(locale: Locale, scope: FeedScope): string {
  if (scope.county && scope.area) return `${countyPath(locale, scope.county)}${areaSlug(scope.area, locale)}/`;
  if (scope.county) return countyPath(locale, scope.county);
  if (scope.area) return areaPath(locale, scope.area);
  return `${prefix(locale)}/`;
}

/** A scope's RSS feed, of everything or of one type: `/lan/jamtland/rss.xml`, `/lan/jamtland/utlysningar/rss.xml`. */
export const scopedRssPath = (locale: Locale, scope: FeedScope, type?: PublicTypeName): string =>
  `${feedScopePath(locale, scope)}${type ? `${publicTypeByName(type)?.path[locale] ?? type}/` : ''}rss.xml`;

/** A scope's calendar: `/lan/jamtland/utlysningar.ics`, `/omrade/dagligvaror/evenemang.ics`. */
export const scopedCalendarPath = (locale: Locale, scope: FeedScope, feed: CalendarFeed): string =>
  `${feedScopePath(locale, scope)}${CALENDAR_FILES[locale][feed]}`;

export const CALENDAR_FEEDS: readonly CalendarFeed[] = ['funding', 'events', 'consultations'];

/** An iCalendar feed: `/kalender/evenemang.ics`. */
export const calendarFeedPath = (locale: Locale, feed: CalendarFeed): string =>
  `${pagePath(locale, 'calendar')}${CALENDAR_FILES[locale][feed]}`;

/** The network's own page: `/natverket/`, `/en/network/`. */
export const networkPagePath = (locale: Locale): string =>
  `${prefix(locale)}/${locale === 'en' ? 'network' : 'natverket'}/`;

/** A network meeting's follow-up page: `/natverket/moten/<slug>/`, `/en/network/meetings/<slug>/`. */
export const meetingPath = (locale: Locale, slug: string): string =>
  `${networkPagePath(locale)}${locale === 'en' ? 'meetings' : 'moten'}/${slug}/`;

/** The open-data files; one set for both languages (each row says its language). */
export const OPEN_DATA_FILES = { json: '/data/poster.json', csv: '/data/poster.csv' } as const;

/** The municipality open-data files: service status of all 290 municipalities. */
export const MUNICIPALITY_DATA_FILES = { json: '/data/kommuner.json', csv: '/data/kommuner.csv' } as const;
