import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, webhookHeaders } from '@skb/content-types/webhook';
import { afterEach, describe, expect, it } from 'vitest';
import { createSiteRebuildNotifier } from '../src/sync/site-rebuild.ts';

const secret = 'site-rebuild-secret-0123456789';
let server: http.Server | undefined;
afterEach(() => server?.close());

/** A stand-in for the site's rebuild route that records verified requests. */
async function siteStub(): Promise<{ url: string; received: { reason: string; verified: boolean }[] }> {
  const received: { reason: string; verified: boolean }[] = [];
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
      received.push({ reason: JSON.parse(body).reason, verified });
      response.writeHead(202).end('{}');
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/_stack/rebuild`, received };
}

describe('asking the site to rebuild', () => {
  it('sends one signed request for the changes of a moment', async () => {
    const site = await siteStub();
    const notifier = createSiteRebuildNotifier({ url: site.url, secret, log: () => {}, delayMs: 50 });
    notifier.changed(2);
    notifier.changed(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(site.received).toEqual([{ reason: 'search sync: 3 documents changed', verified: true }]);
    notifier.changed(1);
    await notifier.flush();
    expect(site.received.at(-1)).toEqual({ reason: 'search sync: 1 document changed', verified: true });
  });

  it('logs, and does not throw, when the site does not answer', async () => {
    const lines: string[] = [];
    const notifier = createSiteRebuildNotifier({
      url: 'http://127.0.0.1:9/rebuild',
      secret,
      log: (line) => lines.push(line),
    });
    notifier.changed(1);
    const flushed = notifier.flush();
    await expect(flushed).resolves.toBeUndefined();
    expect(lines[0]).toMatch(/could not ask the site to rebuild/);
  }, 15_000);
});
