// getStaticPaths for the routes that depend on content. Each returns the pages of one language;
// the route files under src/pages (Swedish) and src/pages/en (English) call them.
import {
  counties,
  type MunicipalityRecord,
  municipalities,
  PUBLIC_TYPE_NAMES,
  type PublicTypeName,
  publicTypeByName,
} from '@skb/content-types';
import { buildTime } from '../config/site.ts';
import type { Bank, BankEntry } from '../lib/bank.ts';
import { type ScopedFeedProps, scopeEntries } from '../lib/feed-items.ts';
import { type Locale, otherLocale } from '../lib/i18n.ts';
import { type ListPage, listPages } from '../lib/listing.ts';
import { entryPageDigest, listPageDigest, municipalityPageDigest, scopedFeedDigest } from '../lib/page-inputs.ts';
import { ambiguousMunicipalitySlugs, countySlug, municipalitySlug } from '../lib/places.ts';
import {
  areaSlug,
  CALENDAR_FEEDS,
  type FeedScope,
  listPath,
  municipalityPath,
  municipalitySlugPath,
  placeRootPath,
  scopedCalendarPath,
  scopedRssPath,
  sectionPath,
} from '../lib/routes.ts';
import { getBank, getFaq } from './loaded-bank.ts';
import { selectPages } from './partial.ts';
import { getStatuses } from './service-status.ts';

const sectionSegment = (locale: Locale, type: PublicTypeName) => publicTypeByName(type)?.path[locale] ?? type;

/**
 * Entry pages: one per version in this language (in a partial build, only those whose inputs
 * changed: src/data/partial.ts).
 */
export async function entryStaticPaths(locale: Locale) {
  const bank = await getBank();
  return selectPages(
    `entry-${locale}`,
    bank
      .everyVersion()
      .filter((entry) => entry.locale === locale)
      .map((entry: BankEntry) => ({
        path: entry.path,
        digest: entryPageDigest(bank, entry),
        route: {
          params: { section: sectionSegment(locale, entry.type), slug: entry.data.slug },
          props: { entry },
        },
      })),
  );
}

/**
 * List pages of every section: full lists, filters and their pages (in a partial build, only those
 * whose inputs changed).
 */
export async function listStaticPaths(locale: Locale) {
  const bank = await getBank();
  const other = otherLocale(locale);
  const pages = PUBLIC_TYPE_NAMES.flatMap((type) => {
    const there = new Set(listPages(bank, other, type).map((page) => listPath(other, type, page.filter, page.page)));
    return listPages(bank, locale, type).map((page: ListPage) => {
      const path = listPath(locale, type, page.filter, page.page);
      const rest = path.slice(sectionPath(locale, type).length).replace(/\/$/, '');
      const candidate = listPath(other, type, page.filter, page.page);
      const alternate = there.has(candidate) ? candidate : undefined;
      return {
        path,
        digest: listPageDigest(bank, page, alternate),
        route: {
          params: { section: sectionSegment(locale, type), list: rest || undefined },
          props: { page, alternate },
        },
      };
    });
  });
  return selectPages(`list-${locale}`, pages);
}

/** RSS feeds per section. */
export function sectionFeedStaticPaths(locale: Locale) {
  return PUBLIC_TYPE_NAMES.map((type) => ({
    params: { section: sectionSegment(locale, type) },
    props: { type },
  }));
}

/** County pages. */
export function countyStaticPaths() {
  return counties.map((county) => ({ params: { county: countySlug(county) }, props: { county } }));
}

/**
 * Municipality pages (in a partial build, only those whose inputs changed), and the pages for slugs
 * two municipalities share (always rendered).
 */
export async function municipalityStaticPaths(locale: Locale) {
  const [bank, faq, statuses] = await Promise.all([getBank(), getFaq(), getStatuses(locale)]);
  type Route = {
    params: { municipality: string };
    props:
      | { municipality: MunicipalityRecord; shared: undefined }
      | { municipality: undefined; shared: ReturnType<typeof ambiguousMunicipalitySlugs>[number] };
  };
  return selectPages<Route>(`municipality-${locale}`, [
    ...municipalities.map((municipality) => ({
      path: municipalityPath(locale, municipality),
      digest: municipalityPageDigest({ bank, faq, statuses, locale, municipality }),
      route: { params: { municipality: municipalitySlug(municipality) }, props: { municipality, shared: undefined } },
    })),
    ...ambiguousMunicipalitySlugs().map((shared) => ({
      path: municipalitySlugPath(locale, shared.slug),
      digest: null,
      route: { params: { municipality: shared.slug }, props: { municipality: undefined, shared } },
    })),
  ]);
}

/** Service-area pages. */
export async function areaStaticPaths(locale: Locale) {
  const bank = await getBank();
  return bank.areas.map((area) => ({ params: { area: areaSlug(area, locale) }, props: { area } }));
}

/** The feeds of a scope that has content: RSS of everything and of each type it has, and the calendars. */
function scopeFeeds(bank: Bank, locale: Locale, scope: FeedScope, base: string) {
  const entries = scopeEntries(bank, locale, scope);
  const types = PUBLIC_TYPE_NAMES.filter((type) => entries.some((entry) => entry.type === type));
  const files: { path: string; props: ScopedFeedProps }[] = [
    { path: scopedRssPath(locale, scope), props: { scope, kind: 'rss' } },
    ...types.map((type) => ({
      path: scopedRssPath(locale, scope, type),
      props: { scope, kind: 'rss' as const, type },
    })),
    ...CALENDAR_FEEDS.map((feed) => ({
      path: scopedCalendarPath(locale, scope, feed),
      props: { scope, kind: 'ical' as const, feed },
    })),
  ];
  return files.map(({ path, props }) => ({
    path,
    digest: scopedFeedDigest({ bank, locale, file: props, now: buildTime }),
    route: { params: { feed: path.slice(base.length) }, props },
  }));
}

/**
 * Feeds of every county and of every county × service area pair that has content (under `/lan/`), or
 * of every service area (under `/omrade/`). Counties and areas always have their feeds, so their
 * addresses can be guessed; a pair has them when it has entries. In a partial build, only the feeds
 * whose items changed.
 */
export async function scopedFeedStaticPaths(locale: Locale, top: 'county' | 'area') {
  const bank = await getBank();
  const base = placeRootPath(locale, top);
  const files =
    top === 'area'
      ? bank.areas.flatMap((area) => scopeFeeds(bank, locale, { area }, base))
      : counties.flatMap((county) => [
          ...scopeFeeds(bank, locale, { county }, base),
          ...bank.areas
            .filter((area) => scopeEntries(bank, locale, { county, area }).length > 0)
            .flatMap((area) => scopeFeeds(bank, locale, { county, area }, base)),
        ]);
  return selectPages(`feeds-${top}-${locale}`, files);
}
