// Reads published entries from the CMS's public REST API, which serves only published versions with
// each type's fixed populate (cms/src/middlewares/public-read.ts), so no token is needed.
import { LOCALES, type PublicType, type PublishedQuestion, publishedQuestion } from '@skb/content-types';
import { CmsError } from '../errors.ts';
import { httpRequest } from '../http.ts';

/** The public API caps the page size at 100. */
export const CMS_PAGE_SIZE = 100;

export interface CmsPage {
  entries: (Record<string, unknown> & { id: number })[];
  /** Published versions of the type in the language, all pages together. */
  total: number;
}

export interface CmsReaderOptions {
  cmsUrl: string;
  /** Milliseconds per request. */
  timeoutMs?: number;
}

/**
 * Whether a 404 is Strapi saying "no such published entry": its JSON error body. A proxy or a wrong
 * CMS_URL answers 404 to everything, with another body; taking that for "unpublished" would delete
 * every document the sync looks at.
 */
export function isStrapiNotFound(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; error?: { status?: unknown; name?: unknown } };
    return parsed.data === null && parsed.error?.status === 404 && parsed.error?.name === 'NotFoundError';
  } catch {
    return false;
  }
}

async function getJson(url: string, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  let response: Awaited<ReturnType<typeof httpRequest>>;
  try {
    response = await httpRequest(url, { headers: { accept: 'application/json' }, timeoutMs });
  } catch (error) {
    throw new CmsError({ url, message: `the CMS did not answer at ${new URL(url).origin}`, cause: error });
  }
  if (response.status === 404) {
    if (isStrapiNotFound(response.body)) return { status: 404, body: undefined };
    throw new CmsError({
      url,
      status: 404,
      message: `${new URL(url).origin} answered 404 to ${url} without the CMS's own error body: is CMS_URL right, or is a proxy in the way? Nothing is deleted from search until the CMS answers`,
    });
  }
  if (response.status !== 200) {
    throw new CmsError({ url, status: response.status, message: `the CMS answered ${response.status} to ${url}` });
  }
  try {
    return { status: 200, body: JSON.parse(response.body) };
  } catch (error) {
    throw new CmsError({ url, status: 200, message: `the CMS sent a body that is not JSON for ${url}`, cause: error });
  }
}

export function createCmsReader(options: CmsReaderOptions) {
  const base = options.cmsUrl.replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;

  return {
    /**
     * The next page of a type's published entries in one language: those with a database id above
     * `afterId`, in id order. Paging by id rather than by page number cannot skip an entry when
     * another is unpublished or deleted while we read; a version published meanwhile gets a new,
     * higher id and is read at the end.
     */
    async page(type: PublicType, locale: string, afterId: number): Promise<CmsPage> {
      const url =
        `${base}/api/${type.pluralName}?locale=${encodeURIComponent(locale)}&sort[0]=id:asc` +
        `&filters[id][$gt]=${afterId}&pagination[page]=1&pagination[pageSize]=${CMS_PAGE_SIZE}`;
      const { body } = await getJson(url, timeoutMs);
      const data = (body as { data?: unknown })?.data;
      const total = (body as { meta?: { pagination?: { total?: unknown } } })?.meta?.pagination?.total;
      if (!Array.isArray(data) || typeof total !== 'number' || data.some((entry) => typeof entry?.id !== 'number')) {
        throw new CmsError({ url, status: 200, message: `the CMS sent an unexpected list for ${type.pluralName}` });
      }
      return { entries: data, total };
    },

    /**
     * Every published version of a type in one language: document id → its publishedAt (epoch ms).
     * Strapi 5 writes a new published row, with a new publishedAt, on every publish, so the value
     * changes exactly when the published version does.
     */
    async publishedVersions(type: PublicType, locale: string): Promise<Map<string, number>> {
      const versions = new Map<string, number>();
      for (let afterId = 0; ; ) {
        const url =
          `${base}/api/${type.pluralName}?locale=${encodeURIComponent(locale)}&fields[0]=publishedAt&sort[0]=id:asc` +
          `&filters[id][$gt]=${afterId}&pagination[page]=1&pagination[pageSize]=${CMS_PAGE_SIZE}`;
        const { body } = await getJson(url, timeoutMs);
        const data = (body as { data?: unknown })?.data;
        if (!Array.isArray(data)) {
          throw new CmsError({ url, status: 200, message: `the CMS sent an unexpected list for ${type.pluralName}` });
        }
        for (const entry of data as { id?: unknown; documentId?: unknown; publishedAt?: unknown }[]) {
          if (
            typeof entry?.id !== 'number' ||
            typeof entry.documentId !== 'string' ||
            typeof entry.publishedAt !== 'string'
          ) {
            throw new CmsError({
              url,
              status: 200,
              message: `the CMS sent an unexpected entry for ${type.pluralName}`,
            });
          }
          versions.set(entry.documentId, Date.parse(entry.publishedAt));
          afterId = entry.id;
        }
        if (data.length < CMS_PAGE_SIZE) return versions;
      }
    },

    /** How many published versions of a type there are in one language. */
    async count(type: PublicType, locale: string): Promise<number> {
      const url = `${base}/api/${type.pluralName}?locale=${encodeURIComponent(locale)}&fields[0]=id&pagination[pageSize]=1`;
      const { body } = await getJson(url, timeoutMs);
      const total = (body as { meta?: { pagination?: { total?: unknown } } })?.meta?.pagination?.total;
      if (typeof total !== 'number') {
        throw new CmsError({ url, status: 200, message: `the CMS sent an unexpected list for ${type.pluralName}` });
      }
      return total;
    },

    /** The published version of one entry in one language, or null when that version is not published. */
    async published(type: PublicType, documentId: string, locale: string): Promise<unknown | null> {
      const url = `${base}/api/${type.pluralName}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
      const { status, body } = await getJson(url, timeoutMs);
      if (status === 404) return null;
      const data = (body as { data?: unknown })?.data;
      if (!data || typeof data !== 'object') {
        throw new CmsError({ url, status, message: `the CMS sent an unexpected entry for ${type.pluralName}` });
      }
      // Never index a version in another language under this one's id.
      return (data as { locale?: unknown }).locale === locale ? data : null;
    },

    /**
     * Every published helpdesk answer, anonymised, as the CMS's own route serves them (at most a few
     * hundred: they are read whole each time). A malformed one stops the read, naming it.
     */
    async publishedQuestions(): Promise<PublishedQuestion[]> {
      const url = `${base}/api/helpdesk/faq`;
      const { body } = await getJson(url, timeoutMs);
      const data = (body as { data?: unknown })?.data;
      if (!Array.isArray(data)) {
        throw new CmsError({ url, status: 200, message: 'the CMS sent an unexpected list of helpdesk answers' });
      }
      return data.map((raw) => {
        const parsed = publishedQuestion.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new CmsError({
            url,
            status: 200,
            message: `the CMS sent a helpdesk answer (documentId ${String((raw as { documentId?: unknown })?.documentId)}) that does not fit the model: ${issue?.path.join('.') || '(answer)'}: ${issue?.message}`,
          });
        }
        return parsed.data;
      });
    },

    locales: LOCALES,
  };
}

export type CmsReader = ReturnType<typeof createCmsReader>;
