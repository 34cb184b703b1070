// Search gaps against the real Strapi on one database: the search page's report of a query that
// found nothing is stored as text and language only; personal-looking text is dropped; bodies
// over the size cap and clients over the rate limit are refused; nothing reads them back publicly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const UID = 'api::search-gap.search-gap';
const RATE_LIMIT = 8;

export function describeSearchGaps(database: TestDatabase): void {
  describe(`search gaps on ${database}`, () => {
    let cms: TestCms;
    let sent = 0;
    const report = (body: unknown) => {
      sent++;
      return cms.send('POST', '/api/search-gaps', body);
    };
    const stored = async () =>
      (await cms.strapi.documents(UID).findMany({ sort: 'id:asc' })) as unknown as Record<string, unknown>[];

    beforeAll(async () => {
      cms = await startTestCms({ database, env: { SEARCH_GAPS_RATE_LIMIT: String(RATE_LIMIT) } });
    });
    afterAll(async () => {
      await cms?.stop();
    });

    it('stores the normalised text and the language, and nothing else', async () => {
      const response = await report({ query: '  Laddstolpe vid  BYAFFÄREN ', locale: 'sv', ip: '10.0.0.1', id: 'x' });
      expect(response.status).toBe(204);
      const [gap] = await stored();
      expect(gap?.query).toBe('laddstolpe vid byaffären');
      expect(gap?.locale).toBe('sv');
      const columns = Object.keys(gap ?? {}).filter(
        (key) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'query'].includes(key),
      );
      expect(columns).toEqual([]);
    });

    it('accepts a personal-looking query and stores nothing of it', async () => {
      const before = (await stored()).length;
      expect((await report({ query: 'anna.svensson@example.se', locale: 'sv' })).status).toBe(204);
      expect((await report({ query: 'ring 070-123 45 67', locale: 'en' })).status).toBe(204);
      expect(await stored()).toHaveLength(before);
    });

    it('refuses a body without text or language, naming what to send', async () => {
      const response = await report({ query: 'bensin' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('locale');
    });

    it('refuses a body over the size cap and stores nothing', async () => {
      const before = (await stored()).length;
      const response = await report({ query: 'drivmedel', locale: 'sv', padding: 'x'.repeat(2000) });
      expect(response.status).toBe(413);
      expect(await stored()).toHaveLength(before);
    });

    it('is never readable through the public API', async () => {
      for (const path of ['/api/search-gaps', '/api/search-gaps?status=draft', '/api/search-gap']) {
        const response = await cms.get(path);
        expect([403, 404, 405]).toContain(response.status);
        expect(JSON.stringify(response.body)).not.toContain('laddstolpe');
      }
    });

    it('refuses a client over its rate limit, with Retry-After', async () => {
      while (sent < RATE_LIMIT) expect((await report({ query: `fråga ${sent}`, locale: 'sv' })).status).toBe(204);
      const response = await fetch(`${cms.url}/api/search-gaps`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'en till', locale: 'sv' }),
      });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('600');
      expect((await stored()).map((gap) => gap.query)).not.toContain('en till');
    });
  });
}
