// The site's files that are not pages: RSS per language and type, iCalendar feeds for events,
// funding-call dates and consultation deadlines, and the open-data export.
import { type EntryByType, findMunicipality, type PublicTypeName, publicTypeByName } from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import { absoluteUrl, buildTime, siteUrl } from '../config/site.ts';
import type { BankEntry } from '../lib/bank.ts';
import { FEED_SIZE, icalItems, rssEntries } from '../lib/feed-items.ts';
import { type IcalEvent, ical } from '../lib/feeds/ical.ts';
import { rss } from '../lib/feeds/rss.ts';
import { formatDateTime, stockholmDay } from '../lib/format.ts';
import { type Locale, translator, type UiKey } from '../lib/i18n.ts';
import { LICENCE, OPEN_DATA_FIELDS, openDataCsvBytes, openDataJsonBytes, piecesStream } from '../lib/open-data.ts';
import {
  type CalendarFeed,
  type FeedScope,
  faqItemPath,
  faqRssPath,
  feedScopePath,
  homePath,
  OPEN_DATA_FILES,
  pagePath,
  rssPath,
  scopedRssPath,
  sectionPath,
} from '../lib/routes.ts';
import { getBank, getFaq } from './loaded-bank.ts';

const typeLabel = (type: PublicTypeName, locale: Locale, plural = false) => {
  const label = publicTypeByName(type)?.label;
  if (!label) return type;
  return locale === 'sv' ? (plural ? label.svPlural : label.sv) : plural ? label.enPlural : label.en;
};

const headers = (type: string) => ({ 'Content-Type': type });

/** The name of a scope in a feed's title: "Jämtlands län", "Dagligvaror", "Jämtlands län: Dagligvaror". */
function scopeName(scope: FeedScope, locale: Locale): string | undefined {
  const area = scope.area ? (locale === 'en' ? scope.area.nameEn : scope.area.name) : undefined;
  return [scope.county?.name, area].filter(Boolean).join(': ') || undefined;
}

/** The RSS feed of a language, for one type or for all, for the whole bank or a scope. */
export async function rssResponse(locale: Locale, type?: PublicTypeName, scope: FeedScope = {}): Promise<Response> {
  const t = translator(locale);
  const bank = await getBank();
  const entries = rssEntries(bank, locale, scope, type);
  const where = scopeName(scope, locale);
  const what = type ? typeLabel(type, locale, true) : undefined;
  const scoped = Boolean(scope.county || scope.area);
  const body = await rss({
    title: [t('site.name'), [what, where].filter(Boolean).join(', ')].filter(Boolean).join(': ') || t('feed.allTitle'),
    link: absoluteUrl(scoped ? feedScopePath(locale, scope) : type ? sectionPath(locale, type) : homePath(locale)),
    self: absoluteUrl(scoped ? scopedRssPath(locale, scope, type) : rssPath(locale, type)),
    description: scope.county
      ? t('feed.countyDescription', { county: scope.county.name })
      : type
        ? t(`section.${type}.intro` as UiKey)
        : t('home.description'),
    language: locale === 'sv' ? 'sv-SE' : 'en-GB',
    built: buildTime,
    items: entries.map((entry) => ({
      title:
        entry.locale === locale
          ? entry.title
          : `${entry.title} (${t(entry.locale === 'sv' ? 'lang.inSwedish' : 'lang.inEnglish')})`,
      link: absoluteUrl(entry.path),
      description: entry.summary,
      published: new Date(entry.publishedAt),
      categories: [
        typeLabel(entry.type, locale),
        ...entry.areas.map((area) => (locale === 'en' ? area.nameEn : area.name)),
      ],
    })),
  });
  return new Response(body, { headers: headers('application/rss+xml; charset=utf-8') });
}

/** How much of an answer a feed item carries: the reader follows the link for the rest. */
const FAQ_DESCRIPTION_CHARS = 600;

/** The RSS feed of the helpdesk's published questions and answers (anonymised, in Swedish). */
export async function faqRssResponse(locale: Locale): Promise<Response> {
  const t = translator(locale);
  const items = (await getFaq()).slice(0, FEED_SIZE);
  const bank = await getBank();
  const body = await rss({
    title: t('faq.feedTitle'),
    link: absoluteUrl(pagePath(locale, 'faq')),
    self: absoluteUrl(faqRssPath(locale)),
    description: t('faq.description'),
    language: locale === 'sv' ? 'sv-SE' : 'en-GB',
    built: buildTime,
    items: items.map((item) => {
      const answer = markdownToText(item.answer, { oneLine: true });
      return {
        title: item.question,
        link: absoluteUrl(faqItemPath(locale, item.documentId)),
        description: answer.length > FAQ_DESCRIPTION_CHARS ? `${answer.slice(0, FAQ_DESCRIPTION_CHARS - 1)}…` : answer,
        published: new Date(item.publishedAt),
        categories: item.serviceAreas.map((ref) => {
          const area = bank.area(ref.slug);
          return area && locale === 'en' ? area.nameEn : ref.name;
        }),
      };
    }),
  });
  return new Response(body, { headers: headers('application/rss+xml; charset=utf-8') });
}

const uidHost = new URL(siteUrl).hostname;
const uid = (entry: BankEntry, kind: string) =>
  `${entry.type}-${entry.data.documentId}-${kind}-${entry.locale}@${uidHost}`;

/** Days before a deadline that a calendar reminds of it. */
export const DEADLINE_REMINDER_DAYS = [14, 3] as const;

/** An iCalendar feed: events, funding-call opening days and deadlines, or consultation deadlines. */
export async function icalResponse(locale: Locale, feed: CalendarFeed, scope: FeedScope = {}): Promise<Response> {
  const t = translator(locale);
  const bank = await getBank();
  const events: IcalEvent[] = icalItems({ bank, locale, feed, scope, now: buildTime }).map((item) => {
    const url = absoluteUrl(item.entry.path);
    const entry = item.entry;
    if (item.kind === 'event') {
      const event = entry.data as EntryByType['event'];
      const place = [event.location, event.municipality ? findMunicipality(event.municipality)?.shortName : undefined]
        .filter(Boolean)
        .join(', ');
      return {
        uid: uid(entry, 'event'),
        summary: entry.title,
        description: `${entry.summary}\n\n${url}`,
        location: place || event.onlineUrl || undefined,
        url,
        start: new Date(event.startsAt),
        end: new Date(event.endsAt),
      };
    }
    if (item.kind === 'consultation') {
      const response = entry.data as EntryByType['consultation-response'];
      const summary = t('ical.consultation', { title: response.consultationTitle });
      return {
        uid: uid(entry, 'consultation'),
        summary,
        description: `${entry.title}\n\n${url}`,
        url,
        start: { date: item.day },
        remindDaysBefore: DEADLINE_REMINDER_DAYS,
        reminder: summary,
      };
    }
    if (item.kind === 'opens') {
      return {
        uid: uid(entry, item.kind),
        summary: t('ical.opens', { title: entry.title }),
        description: `${t('ical.opens', { title: formatDateTime(item.start, locale) })}\n${entry.summary}\n\n${url}`,
        url,
        start: { date: stockholmDay(item.start) },
      };
    }
    // The deadline is a moment ("23:59"): a timed item at that moment, reminded of before.
    const summary = t('ical.deadline', { title: entry.title });
    return {
      uid: uid(entry, item.kind),
      summary,
      description: `${t('ical.deadline', { title: formatDateTime(item.start, locale) })}\n${entry.summary}\n\n${url}`,
      url,
      start: new Date(item.start),
      end: new Date(item.start),
      remindDaysBefore: DEADLINE_REMINDER_DAYS,
      reminder: summary,
    };
  });
  const where = scopeName(scope, locale);
  const body = ical({
    name: [t('site.name'), [t(`ical.name.${feed}` as UiKey), where].filter(Boolean).join(', ')].join(': '),
    product: feed,
    language: locale === 'sv' ? 'SV' : 'EN',
    stamp: buildTime,
    events,
  });
  return new Response(body, { headers: headers('text/calendar; charset=utf-8') });
}

// The open data's files are tens of megabytes at 10,000 entries: they are made from each record's
// kept bytes (src/lib/open-data.ts) and handed over piece by piece, as they are: no string of the
// whole file for the Response to check and encode, no copy of it.

/** A response whose body is `pieces`, one after the other. */
function piecesResponse(pieces: readonly Uint8Array[], contentType: string): Response {
  return new Response(piecesStream(pieces), { headers: headers(contentType) });
}

/** The whole bank as JSON, with its licence. */
export async function openDataJson(): Promise<Response> {
  const bank = await getBank();
  const pieces = openDataJsonBytes(bank, absoluteUrl, {
    name: 'Servicekunskapsbanken',
    description: 'Alla publicerade poster i Servicekunskapsbanken / every published entry of Servicekunskapsbanken',
    licence: LICENCE,
    source: absoluteUrl(homePath('sv')),
    csv: absoluteUrl(OPEN_DATA_FILES.csv),
    generatedAt: buildTime.toISOString(),
    fields: OPEN_DATA_FIELDS,
  });
  return piecesResponse(pieces, 'application/json; charset=utf-8');
}

/** The whole bank as CSV. */
export async function openDataCsv(): Promise<Response> {
  const bank = await getBank();
  return piecesResponse(openDataCsvBytes(bank, absoluteUrl), 'text/csv; charset=utf-8');
}
