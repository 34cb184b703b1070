// The loader's edge: reading the CMS page by page, and stopping the build with one line that names
// the cause and the entry. A small HTTP server plays a CMS with chosen answers; the real Strapi is
// exercised by the site build in tests/e2e.
import { method } from '@skb/content-types';
import { afterEach, describe, expect, it } from 'vitest';
import { listPage, type StrapiStandIn, sendJson, startStrapiStandIn } from '../../tests/support/strapi-stand-in.ts';
import { readEntries, readFaq, readServiceAreas } from '../src/loader/cms-client.ts';
import { toQueryString } from '../src/loader/query.ts';
import { method as methodFixture, serviceAreas } from './fixtures.ts';

let server: StrapiStandIn | undefined;
const requests: URL[] = [];

async function cms(handler: Parameters<typeof startStrapiStandIn>[0]) {
  server = await startStrapiStandIn((url, response, request) => {
    requests.push(url);
    handler(url, response, request);
  });
  return { baseUrl: server.url, timeoutMs: 2000, pageSize: 2 };
}

const json = sendJson;

/** A Strapi-like list of `items`, answering `filters[id][$gt]`, `sort=id:asc` and the page size. */
const list = (items: readonly { id: number }[]) => (url: URL, response: Parameters<typeof sendJson>[0]) =>
  json(
    response,
    200,
    listPage(
      [...items].sort((a, b) => a.id - b.id),
      url,
    ),
  );

afterEach(async () => {
  requests.length = 0;
  await server?.close();
  server = undefined;
});

const three = [
  methodFixture({ documentId: 'a', slug: 'a' }),
  methodFixture({ documentId: 'b', slug: 'b' }),
  methodFixture({ documentId: 'c', slug: 'c' }),
];

describe('reading the CMS', () => {
  it('reads every page with the type’s populate and locale, and validates each entry', async () => {
    const options = await cms(list(three));
    const entries = await readEntries(method, 'sv', options);
    expect(entries.map((entry) => entry.documentId)).toEqual(['a', 'b', 'c']);
    expect(requests.map((url) => url.searchParams.get('filters[id][$gt]'))).toEqual(['0', String(three[1]?.id)]);
    expect(requests[0]?.searchParams.get('sort[0]')).toBe('id:asc');
    expect(requests[0]?.searchParams.get('locale')).toBe('sv');
    expect(requests[0]?.searchParams.get('populate[steps]')).toBe('true');
    expect(requests[0]?.searchParams.get('populate[caseStudies][fields][3]')).toBe('municipalities');
  });

  it('names the entry and the fields when an entry is invalid', async () => {
    const broken = { ...methodFixture({ documentId: 'x9', slug: 'trasig-metod' }), steps: [], evidence: 'säker' };
    const options = await cms(list([three[0], broken]));
    await expect(readEntries(method, 'sv', options)).rejects.toThrow(
      /^invalid method "trasig-metod" \(documentId x9, locale sv\): steps: En metod behöver minst ett steg; evidence: Välj ett av: beprövad, lovande, ny idé$/,
    );
  });

  it('says the CMS cannot be reached, where, and what to do', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = await cms(() => {});
    await server?.close();
    server = undefined;
    await expect(readEntries(method, 'sv', closed)).rejects.toThrow(
      /^cannot reach the CMS at http:\/\/127\.0\.0\.1:\d+\/api\/methods\?locale=sv \(page 1\) \(.*ECONNREFUSED.*\); start the CMS or set CMS_URL$/,
    );
  });

  it('stops on an error status with the CMS’s own message', async () => {
    const options = await cms((_url, response) =>
      json(response, 403, { error: { status: 403, message: 'Forbidden' } }),
    );
    await expect(readEntries(method, 'sv', options)).rejects.toThrow(
      /answered 403 to .*\/api\/methods\?locale=sv \(page 1\): Forbidden$/,
    );
  });

  it('neither skips nor repeats an entry when another is unpublished while it reads', async () => {
    const items = [...three, methodFixture({ documentId: 'd', slug: 'd' })];
    let calls = 0;
    const options = await cms((url, response) => {
      calls += 1;
      // After the first page, the first entry is unpublished: page numbers would now skip "c".
      list(calls === 1 ? items : items.slice(1))(url, response);
    });
    expect((await readEntries(method, 'sv', options)).map((entry) => entry.documentId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses two entries with one address', async () => {
    const options = await cms(list([three[0], methodFixture({ documentId: 'z', slug: 'a' })]));
    await expect(readEntries(method, 'sv', options)).rejects.toThrow(/slug is also used by documentId a/);
  });

  it('refuses an answer that is not a Strapi list', async () => {
    const options = await cms((_url, response) => json(response, 200, { data: 'nej' }));
    await expect(readEntries(method, 'sv', options)).rejects.toThrow(/not a Strapi list/);
  });

  it('reads the service areas and the helpdesk answers', async () => {
    const options = await cms((url, response) => {
      if (url.pathname === '/api/service-areas') return list(serviceAreas)(url, response);
      json(response, 200, {
        data: [
          {
            documentId: 'q1',
            question: 'Hur?',
            answer: 'Så här.',
            serviceAreas: [],
            publishedAt: '2026-11-01T10:00:00.000Z',
          },
        ],
      });
    });
    expect((await readServiceAreas(options)).map((area) => area.nameEn)).toEqual(['Groceries', 'Fuel']);
    expect((await readFaq(options)).map((item) => item.question)).toEqual(['Hur?']);
  });
});

describe('query strings', () => {
  it('writes nested objects and arrays in the bracket style Strapi reads', () => {
    expect(decodeURIComponent(toQueryString({ a: { b: ['x', 'y'], c: true }, d: 1 }))).toBe(
      'a[b][0]=x&a[b][1]=y&a[c]=true&d=1',
    );
  });
});
