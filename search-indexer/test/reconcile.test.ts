import { describe, expect, it } from 'vitest';
import { isStrapiNotFound } from '../src/cms/reader.ts';
import { differences } from '../src/sync/reconcile.ts';

describe('reconciling the index with the CMS', () => {
  it('names entries published but missing, published again since, and indexed but no longer listed', () => {
    const published = new Map([
      ['same', 100],
      ['missing', 200],
      ['republished', 300],
    ]);
    const indexed = new Map([
      ['same', 100],
      ['republished', 250],
      ['gone', 50],
    ]);
    const keys = differences({ type: 'method', locale: 'sv', published, indexed });
    expect(keys.map((key) => key.documentId).sort()).toEqual(['gone', 'missing', 'republished']);
    expect(keys.every((key) => key.type === 'method' && key.locale === 'sv')).toBe(true);
  });

  it('finds nothing to do when they agree', () => {
    const both = new Map([['a', 1]]);
    expect(differences({ type: 'event', locale: 'en', published: both, indexed: new Map(both) })).toEqual([]);
  });
});

describe("telling the CMS's 404 from anyone else's", () => {
  it("takes only Strapi's own error body for 'not published'", () => {
    const strapi = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    expect(isStrapiNotFound(JSON.stringify(strapi))).toBe(true);
    expect(isStrapiNotFound('<html><body>404 Not Found</body></html>')).toBe(false);
    expect(isStrapiNotFound('')).toBe(false);
    expect(isStrapiNotFound('{"error":"not found"}')).toBe(false);
    expect(isStrapiNotFound(JSON.stringify({ ...strapi, data: [] }))).toBe(false);
  });
});
