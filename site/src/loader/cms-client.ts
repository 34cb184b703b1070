// Reads the CMS's public REST API the way the build needs it: every published entry of a type, page
// by page, each one checked against its type's schema from content-types. Anything unexpected
// (the CMS down, an error status, an answer that is not a list, an invalid entry, two entries with
// one address)
// throws one of the errors in ./errors.ts, so the build stops instead of publishing a site with a
// hole in it.

import {
  type EntryByType,
  fieldPath,
  type Locale,
  type PublicType,
  type PublishedQuestion,
  publishedQuestion,
  type ServiceArea,
  serviceAreaEntry,
  serviceArea as serviceAreaType,
} from '@skb/content-types';
import { z } from 'astro/zod';
import { CmsResponseError, CmsUnreachableError, InvalidEntryError } from './errors.ts';
import { toQueryString } from './query.ts';

export interface CmsClientOptions {
  /** Base address of the CMS, without a trailing slash. */
  baseUrl: string;
  /** Milliseconds one request may take. */
  timeoutMs: number;
  /** Entries per request; Strapi caps it at 100. */
  pageSize?: number;
}

const MAX_PAGE_SIZE = 100;

const listEnvelope = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      total: z.number().int(),
    }),
  }),
});

/** One GET, as JSON; network trouble and error statuses become typed errors. */
export async function getJson(
  url: string,
  options: Pick<CmsClientOptions, 'timeoutMs'>,
  label = url,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new CmsUnreachableError(label, error);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    let detail = '';
    try {
      detail = String((JSON.parse(text) as { error?: { message?: unknown } }).error?.message ?? '');
    } catch {
      detail = text.slice(0, 120);
    }
    throw new CmsResponseError(label, response.status, detail);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CmsResponseError(label, response.status, 'the body is not JSON');
  }
}

/**
 * Every item of a list at `path`, page by page in id order. Each page asks for the ids after the
 * last one read (as the search indexer does), so an entry published or unpublished while the
 * build reads cannot shift the pages and make another entry be skipped or read twice.
 */
export async function readAllPages(
  path: string,
  query: Parameters<typeof toQueryString>[0],
  options: CmsClientOptions,
): Promise<unknown[]> {
  const pageSize = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  // Errors name the list and page, not the whole query with its populate.
  const locale = typeof query.locale === 'string' ? `?locale=${query.locale}` : '';
  const items: unknown[] = [];
  let afterId = 0;
  for (let page = 1; ; page++) {
    const label = `${options.baseUrl}${path}${locale} (page ${page})`;
    const url = `${options.baseUrl}${path}?${toQueryString({
      ...query,
      filters: { id: { $gt: afterId } },
      sort: ['id:asc'],
      pagination: { page: 1, pageSize },
    })}`;
    const parsed = listEnvelope.safeParse(await getJson(url, options, label));
    if (!parsed.success) throw new CmsResponseError(label, 200, 'not a Strapi list ({ data, meta.pagination })');
    items.push(...parsed.data.data);
    if (parsed.data.data.length < pageSize) return items;
    const lastId = (parsed.data.data.at(-1) as { id?: unknown } | undefined)?.id;
    if (typeof lastId !== 'number' || lastId <= afterId) {
      throw new CmsResponseError(label, 200, 'entries without increasing numeric ids; cannot page through them');
    }
    afterId = lastId;
  }
}

/** A readable name for an entry in an error message: its type, slug or title, id and language. */
function describeEntry(typeName: string, raw: unknown, locale: string): string {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const name = typeof record.slug === 'string' ? record.slug : typeof record.title === 'string' ? record.title : '?';
  const id = typeof record.documentId === 'string' ? record.documentId : '?';
  return `${typeName} "${name}" (documentId ${id}, locale ${locale})`;
}

/** Every published entry of `type` in `locale`, validated with the type's `entry` schema. */
export async function readEntries<T extends PublicType>(
  type: T,
  locale: Locale,
  options: CmsClientOptions,
): Promise<EntryByType[T['name']][]> {
  const items = await readAllPages(`/api/${type.pluralName}`, { locale, populate: type.populate as never }, options);
  const slugs = new Map<string, string>();
  return items.map((raw) => {
    const result = type.entry.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `${fieldPath(issue.path) || '(entry)'}: ${issue.message}`)
        .join('; ');
      throw new InvalidEntryError(describeEntry(type.name, raw, locale), problems);
    }
    const entry = result.data as EntryByType[T['name']] & { slug: string; documentId: string; locale: string };
    if (entry.locale !== locale) {
      throw new InvalidEntryError(describeEntry(type.name, raw, locale), `served as locale ${entry.locale}`);
    }
    const other = slugs.get(entry.slug);
    if (other && other !== entry.documentId) {
      throw new InvalidEntryError(
        describeEntry(type.name, raw, locale),
        `its slug is also used by documentId ${other}; two pages cannot share one address`,
      );
    }
    slugs.set(entry.slug, entry.documentId);
    return entry;
  });
}

/** The service areas, with their English names. */
export async function readServiceAreas(options: CmsClientOptions): Promise<ServiceArea[]> {
  const items = await readAllPages(`/api/${serviceAreaType.pluralName}`, {}, options);
  return items.map((raw) => {
    const result = serviceAreaEntry.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join('; ');
      throw new InvalidEntryError(describeEntry('service-area', raw, '-'), problems);
    }
    return result.data;
  });
}

/** A published, anonymised helpdesk question with its answer, as `/api/helpdesk/faq` serves it. */
export type FaqItem = PublishedQuestion;

/** The published questions and answers of the helpdesk. */
export async function readFaq(options: CmsClientOptions): Promise<FaqItem[]> {
  const url = `${options.baseUrl}/api/helpdesk/faq`;
  const body = await getJson(url, options);
  const list = z.object({ data: z.array(z.unknown()) }).safeParse(body);
  if (!list.success) throw new CmsResponseError(url, 200, 'not a list ({ data: [...] })');
  return list.data.data.map((raw) => {
    const result = publishedQuestion.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join('; ');
      const id = (raw as { documentId?: unknown } | null)?.documentId;
      throw new InvalidEntryError(`helpdesk answer (documentId ${String(id)})`, problems);
    }
    return result.data;
  });
}
