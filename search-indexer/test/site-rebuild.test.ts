import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, webhookHeaders } from '@skb/content-types/webhook';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSiteRebuildNotifier,
  MAX_LISTED_CHANGES,
  type SiteChange,
  siteRebuildRequest,
} from '../src/sync/site-rebuild.ts';

const secret = 'site-rebuild-secret-0123456789';
let server: http.Server | undefined;
afterEach(() => server?.close());

/** A stand-in for the site's rebuild route that records verified requests. */
interface Received {
  reason: string;
  changes?: SiteChange[];
  verified: boolean;
}

async function siteStub(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const verified = verifyWebhook({
        secret,
        body,
        ...webhookHeaders(request.headers),
      }).ok;
      const { reason, changes } = siteRebuildRequest.parse(JSON.parse(body));
      received.push({ reason: reason ?? '', ...(changes ? { changes } : {}), verified });
      response.writeHead(202).end('{}');
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/_stack/rebuild`, received };
}

describe('asking the site to rebuild', () => {
  const publish = (documentId: string): SiteChange => ({
    type: 'method',
    documentId,
    locale: 'sv',
    slug: `metod-${documentId}`,
    event: 'publish',
  });

  it('sends one signed request for the changes of a moment, saying what changed', async () => {
    const site = await siteStub();
    const notifier = createSiteRebuildNotifier({ url: site.url, secret, log: () => {}, delayMs: 50 });
    const gone: SiteChange = { type: 'event', documentId: 'abc', locale: 'en', event: 'unpublish' };
    notifier.changed([publish('a1'), publish('a2')]);
    notifier.changed([gone]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(site.received).toEqual([
      { reason: 'search sync: 3 documents changed', changes: [publish('a1'), publish('a2'), gone], verified: true },
    ]);
    notifier.changed([publish('b1')]);
    await notifier.flush();
    expect(site.received.at(-1)).toEqual({
      reason: 'search sync: 1 document changed',
      changes: [publish('b1')],
      verified: true,
    });
  });

  it('leaves the list out of a batch too large to list (the site then rebuilds in full)', async () => {
    const site = await siteStub();
    const notifier = createSiteRebuildNotifier({ url: site.url, secret, log: () => {}, delayMs: 10_000 });
    notifier.changed(Array.from({ length: MAX_LISTED_CHANGES + 1 }, (_, i) => publish(`d${i}`)));
    await notifier.flush();
    expect(site.received).toEqual([
      { reason: `search sync: ${MAX_LISTED_CHANGES + 1} documents changed`, verified: true },
    ]);
  });

  it('names what is wrong in a request that is not one', () => {
    const wrong = siteRebuildRequest.safeParse({ changes: [{ type: 'method', documentId: '../x', event: 'publish' }] });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['changes', 0, 'documentId']);
    expect(siteRebuildRequest.safeParse({ changes: [{ type: 'method', event: 'moved' }] }).success).toBe(false);
  });

  it('logs, and does not throw, when the site does not answer', async () => {
    const lines: string[] = [];
    const notifier = createSiteRebuildNotifier({
      url: 'http://127.0.0.1:9/rebuild',
      secret,
      log: (line) => lines.push(line),
    });
    notifier.changed([{ type: 'question', event: 'publish' }]);
    const flushed = notifier.flush();
    await expect(flushed).resolves.toBeUndefined();
    expect(lines[0]).toMatch(/could not ask the site to rebuild/);
  }, 15_000);
});
