// The feeds a page offers its readers: shown in a "Följ det här" box and announced to browsers and
// feed readers with <link rel="alternate">. A county's, an area's or a type's, at the addresses the
// feed routes write.
import { type PublicTypeName, publicTypeByName } from '@skb/content-types';
import type { BankEntry } from './bank.ts';
import { type Locale, translator, type UiKey } from './i18n.ts';
import {
  CALENDAR_FEEDS,
  type CalendarFeed,
  calendarFeedPath,
  type FeedScope,
  rssPath,
  scopedCalendarPath,
  scopedRssPath,
} from './routes.ts';

export interface FeedLink {
  href: string;
  label: string;
  /** The MIME type for <link rel="alternate" type>. */
  mime: 'application/rss+xml' | 'text/calendar';
}

const rssLink = (href: string, label: string): FeedLink => ({ href, label, mime: 'application/rss+xml' });
const calendarLink = (href: string, feed: CalendarFeed, locale: Locale): FeedLink => ({
  href,
  label: translator(locale)(`follow.calendar.${feed}` as UiKey),
  mime: 'text/calendar',
});

const typeName = (type: PublicTypeName, locale: Locale) => {
  const label = publicTypeByName(type)?.label;
  return (locale === 'sv' ? label?.svPlural : label?.enPlural) ?? type;
};

/** A scope's feeds: everything, each type it has entries of, and its three calendars. */
export function scopeFeedLinks(locale: Locale, scope: FeedScope, entries: readonly BankEntry[]): FeedLink[] {
  const t = translator(locale);
  const types = [...new Set(entries.map((entry) => entry.type))];
  return [
    rssLink(scopedRssPath(locale, scope), t('follow.rss')),
    ...types.map((type) =>
      rssLink(scopedRssPath(locale, scope, type), t('follow.rssType', { type: typeName(type, locale) })),
    ),
    ...CALENDAR_FEEDS.map((feed) => calendarLink(scopedCalendarPath(locale, scope, feed), feed, locale)),
  ];
}

/** The calendar a type's dates are in, if any. */
const CALENDAR_OF_TYPE: Partial<Record<PublicTypeName, CalendarFeed>> = {
  'funding-call': 'funding',
  event: 'events',
  'consultation-response': 'consultations',
};

/** A type's national feeds: its RSS, and its calendar when it has dates. */
export function typeFeedLinks(locale: Locale, type: PublicTypeName): FeedLink[] {
  const t = translator(locale);
  const calendar = CALENDAR_OF_TYPE[type];
  return [
    rssLink(rssPath(locale, type), t('follow.rssType', { type: typeName(type, locale) })),
    ...(calendar ? [calendarLink(calendarFeedPath(locale, calendar), calendar, locale)] : []),
  ];
}

/** A list page's feeds: the type's, narrowed to the county or area the list is narrowed to. */
export function listFeedLinks(
  locale: Locale,
  type: PublicTypeName,
  filter: { kind: string; county?: FeedScope['county']; area?: FeedScope['area'] },
): FeedLink[] {
  const scope: FeedScope | undefined =
    filter.kind === 'county' ? { county: filter.county } : filter.kind === 'area' ? { area: filter.area } : undefined;
  if (!scope) return typeFeedLinks(locale, type);
  const t = translator(locale);
  const calendar = CALENDAR_OF_TYPE[type];
  return [
    rssLink(scopedRssPath(locale, scope, type), t('follow.rssType', { type: typeName(type, locale) })),
    ...(calendar ? [calendarLink(scopedCalendarPath(locale, scope, calendar), calendar, locale)] : []),
  ];
}
