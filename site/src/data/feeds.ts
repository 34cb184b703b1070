// The site's files that are not pages: RSS per language and type, iCalendar feeds for events,
// funding-call dates and consultation deadlines, and the open-data export.
import {
  type EntryByType,
  findMunicipality,
  nextDate,
  type PublicTypeName,
  publicTypeByName,
} from '@skb/content-types';
import { absoluteUrl, buildTime, siteUrl } from '../config/site.ts';
import type { BankEntry } from '../lib/bank.ts';
import { calendarItems } from '../lib/calendar.ts';
import { csv } from '../lib/feeds/csv.ts';
import { type IcalEvent, ical } from '../lib/feeds/ical.ts';
import { rss } from '../lib/feeds/rss.ts';
import { formatDateTime, stockholmDay } from '../lib/format.ts';
import { type Locale, translator, type UiKey } from '../lib/i18n.ts';
import { csvRow, LICENCE, OPEN_DATA_FIELDS, openDataRecords } from '../lib/open-data.ts';
import { type CalendarFeed, homePath, OPEN_DATA_FILES, rssPath, sectionPath } from '../lib/routes.ts';
import { getBank } from './bank.ts';

/** How many of the newest entries a feed carries; the open data has them all. */
export const FEED_SIZE = 50;

const typeLabel = (type: PublicTypeName, locale: Locale, plural = false) => {
  const label = publicTypeByName(type)?.label;
  if (!label) return type;
  return locale === 'sv' ? (plural ? label.svPlural : label.sv) : plural ? label.enPlural : label.en;
};

const headers = (type: string) => ({ 'Content-Type': type });

/** The RSS feed of a language, for one type or for all. */
export async function rssResponse(locale: Locale, type?: PublicTypeName): Promise<Response> {
  const t = translator(locale);
  const bank = await getBank();
  const entries = bank
    .all(locale)
    .filter((entry) => !type || entry.type === type)
    .slice(0, FEED_SIZE);
  const body = rss({
    title: type ? `${t('site.name')}: ${typeLabel(type, locale, true)}` : t('feed.allTitle'),
    link: absoluteUrl(type ? sectionPath(locale, type) : homePath(locale)),
    self: absoluteUrl(rssPath(locale, type)),
    description: type ? t(`section.${type}.intro` as UiKey) : t('home.description'),
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

const uidHost = new URL(siteUrl).hostname;
const uid = (entry: BankEntry, kind: string) =>
  `${entry.type}-${entry.data.documentId}-${kind}-${entry.locale}@${uidHost}`;
const allDay = (day: string) => ({ start: { date: day }, end: { date: nextDate(day) } });

/** An iCalendar feed: events, funding-call opening and closing days, or consultation deadlines. */
export async function icalResponse(locale: Locale, feed: CalendarFeed): Promise<Response> {
  const t = translator(locale);
  const bank = await getBank();
  // A month back, so a deadline that just passed does not vanish from calendars the same day.
  const from = new Date(buildTime.getTime() - 31 * 86_400_000);
  const wanted = { events: ['event'], funding: ['opens', 'deadline'], consultations: ['consultation'] }[feed];
  const events: IcalEvent[] = calendarItems(bank, locale, from)
    .filter((item) => wanted.includes(item.kind))
    .map((item) => {
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
        return {
          uid: uid(entry, 'consultation'),
          summary: t('ical.consultation', { title: response.consultationTitle }),
          description: `${entry.title}\n\n${url}`,
          url,
          ...allDay(item.day),
        };
      }
      const label = item.kind === 'opens' ? 'ical.opens' : 'ical.deadline';
      return {
        uid: uid(entry, item.kind),
        summary: t(label, { title: entry.title }),
        description: `${t(label, { title: formatDateTime(item.start, locale) })}\n${entry.summary}\n\n${url}`,
        url,
        ...allDay(stockholmDay(item.start)),
      };
    });
  const body = ical({
    name: `${t('site.name')}: ${t(`ical.name.${feed}` as UiKey)}`,
    productId: `-//Servicekunskapsbanken//${feed}//${locale.toUpperCase()}`,
    stamp: buildTime,
    events,
  });
  return new Response(body, { headers: headers('text/calendar; charset=utf-8') });
}

/** The whole bank as JSON, with its licence. */
export async function openDataJson(): Promise<Response> {
  const bank = await getBank();
  const records = openDataRecords(bank, absoluteUrl);
  const body = {
    name: 'Servicekunskapsbanken',
    description: 'Alla publicerade poster i Servicekunskapsbanken / every published entry of Servicekunskapsbanken',
    licence: LICENCE,
    source: absoluteUrl(homePath('sv')),
    csv: absoluteUrl(OPEN_DATA_FILES.csv),
    generatedAt: buildTime.toISOString(),
    fields: OPEN_DATA_FIELDS,
    count: records.length,
    entries: records,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: headers('application/json; charset=utf-8') });
}

/** The whole bank as CSV. */
export async function openDataCsv(): Promise<Response> {
  const bank = await getBank();
  const body = csv(OPEN_DATA_FIELDS, openDataRecords(bank, absoluteUrl).map(csvRow));
  return new Response(body, { headers: headers('text/csv; charset=utf-8') });
}
