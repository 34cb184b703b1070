// A stand-in for the CMS's public REST API over a synthetic corpus, for the benchmark: it answers the
// two requests the indexer makes (a list page by id, one entry by document id) the way Strapi does.
// The benchmark measures our path from HTTP read to swapped index, not Strapi's database; the
// integration tests use the real Strapi.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC_TYPES } from '@skb/content-types';
import type { RestEntry, SyntheticEntry } from './corpus.ts';

export interface FakeCms {
  url: string;
  /** Replaces or adds a published version (a publish). */
  publish(type: string, entry: RestEntry): void;
  close(): Promise<void>;
}

export async function startFakeCms(corpus: readonly SyntheticEntry[]): Promise<FakeCms> {
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

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cms');
    const [, api, plural, documentId] = url.pathname.split('/');
    const type = plural ? pluralToType.get(plural) : undefined;
    const locale = url.searchParams.get('locale') ?? 'sv';
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    // The synthetic corpus has no helpdesk answers.
    if (url.pathname === '/api/helpdesk/faq') return json(200, { data: [] });
    if (api !== 'api' || !type) return json(404, { error: 'not found' });
    if (documentId) {
      const entry = byDocument.get(`${type}/${documentId}/${locale}`);
      // Strapi's own 404 body: the indexer tells it from a proxy's 404.
      const notFound = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
      return entry ? json(200, { data: entry, meta: {} }) : json(404, notFound);
    }
    const list = lists.get(type)?.get(locale) ?? [];
    const afterId = Number(url.searchParams.get('filters[id][$gt]') ?? 0);
    const pageSize = Math.min(100, Number(url.searchParams.get('pagination[pageSize]') ?? 25));
    const after = list.filter((entry) => Number(entry.id) > afterId);
    return json(200, {
      data: after.slice(0, pageSize),
      meta: { pagination: { page: 1, pageSize, pageCount: Math.ceil(after.length / pageSize), total: list.length } },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publish(type, entry) {
      // A new published version gets a new id, as in Strapi.
      put(type, { ...entry, id: lastId + 1 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
