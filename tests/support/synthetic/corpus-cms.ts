// The CMS's public REST API over a synthetic corpus, for the benchmarks and the bulk tests: the list
// pages by type and locale the site and the indexer read, one entry by document id as the indexer
// re-reads it, the service areas, and an empty helpdesk FAQ and service-status history.
import { PUBLIC_TYPES, SERVICE_AREAS } from '@skb/content-types';
import { listPage, NOT_FOUND, type StrapiStandIn, sendJson, startStrapiStandIn } from '../strapi-stand-in.ts';
import type { RestEntry, SyntheticEntry } from './corpus.ts';

export interface CorpusCms extends StrapiStandIn {
  /** Replaces or adds a published version (a publish). */
  publish(type: string, entry: RestEntry): void;
  /** Removes a published version (an unpublish or a delete); false when there was none. */
  unpublish(type: string, documentId: string, locale: string): boolean;
}

const STAMP = '2026-01-01T00:00:00.000Z';
const SERVICE_AREA_ENTRIES = SERVICE_AREAS.map((area, i) => ({
  id: i + 1,
  documentId: `area${i + 1}`,
  ...area,
  description: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  publishedAt: STAMP,
}));

export async function startCorpusCms(corpus: readonly SyntheticEntry[]): Promise<CorpusCms> {
  const pluralToType = new Map<string, string>(PUBLIC_TYPES.map((type) => [type.pluralName, type.name]));
  // type → locale → entries in id order
  const lists = new Map<string, Map<string, RestEntry[]>>();
  const byDocument = new Map<string, RestEntry>();
  let lastId = 0;
  const put = (type: string, entry: RestEntry) => {
    const perLocale = lists.get(type) ?? new Map<string, RestEntry[]>();
    lists.set(type, perLocale);
    const list = perLocale.get(entry.locale) ?? [];
    perLocale.set(entry.locale, list);
    const key = `${type}/${entry.documentId}/${entry.locale}`;
    const previous = byDocument.get(key);
    if (previous) list.splice(list.indexOf(previous), 1);
    list.push(entry);
    byDocument.set(key, entry);
    lastId = Math.max(lastId, Number(entry.id));
  };
  for (const { type, entry } of corpus) put(type, entry);

  const standIn = await startStrapiStandIn((url, response) => {
    // The corpus has no helpdesk answers and no service-status history.
    if (url.pathname === '/api/helpdesk/faq' || url.pathname === '/api/service-status/snapshots')
      return sendJson(response, 200, { data: [] });
    if (url.pathname === '/api/service-areas') return sendJson(response, 200, listPage(SERVICE_AREA_ENTRIES, url));
    const [, api, plural, documentId] = url.pathname.split('/');
    const type = plural ? pluralToType.get(plural) : undefined;
    if (api !== 'api' || !type) return sendJson(response, 404, NOT_FOUND);
    const locale = url.searchParams.get('locale') ?? 'sv';
    if (documentId) {
      const entry = byDocument.get(`${type}/${documentId}/${locale}`);
      return entry ? sendJson(response, 200, { data: entry, meta: {} }) : sendJson(response, 404, NOT_FOUND);
    }
    return sendJson(response, 200, listPage(lists.get(type)?.get(locale) ?? [], url));
  });
  return {
    ...standIn,
    publish(type, entry) {
      // A new published version gets a new id, as in Strapi.
      put(type, { ...entry, id: lastId + 1 });
    },
    unpublish(type, documentId, locale) {
      const key = `${type}/${documentId}/${locale}`;
      const previous = byDocument.get(key);
      if (!previous) return false;
      const list = lists.get(type)?.get(locale) ?? [];
      list.splice(list.indexOf(previous), 1);
      byDocument.delete(key);
      return true;
    },
  };
}
