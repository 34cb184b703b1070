// The receiver's channels, each with its own secret, refusing replays and oversized bodies. The sync
// behind it is a stand-in that records what it was given (the sync itself is tested against real
// services in tests/integration).
import http from 'node:http';
import { signWebhook } from '@skb/content-types/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeiliClient } from '../src/meili/client.ts';
import { startReceiver } from '../src/sync/receiver.ts';
import type { SyncService } from '../src/sync/service.ts';
import type { WebhookMessage } from '../src/sync/webhook-body.ts';

const cmsSecret = 'cms-channel-secret-0123456789';
const reindexSecret = 'reindex-channel-secret-0123456789';
const entry = JSON.stringify({ event: 'entry.publish', uid: 'api::method.method', documentId: 'abc123', locale: 'sv' });
const rebuilt = JSON.stringify({ event: 'index.rebuilt', since: 1 });

function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('the webhook receiver', () => {
  const received: WebhookMessage[] = [];
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    const service = {
      receive: (message: WebhookMessage) => {
        received.push(message);
        return { queued: 1 };
      },
      status: () => ({ up: true, backlog: 0 }),
    } as unknown as SyncService;
    receiver = await startReceiver({
      service,
      client: createMeiliClient({ host: 'http://127.0.0.1:9', apiKey: 'unused' }),
      indexUid: 'knowledge',
      secret: cmsSecret,
      reindexSecret,
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(() => receiver?.close());

  it('takes a signed notice once and refuses the same request the second time', async () => {
    const headers = signWebhook({ secret: cmsSecret, body: entry });
    const first = await post(`${receiver.url}/webhook`, entry, headers);
    expect(first.status).toBe(202);
    const again = await post(`${receiver.url}/webhook`, entry, headers);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({ error: 'signature', reason: 'replayed' });
    expect(received.filter((message) => message.kind === 'entry')).toHaveLength(1);
    // The same notice signed again (a retry by the sender) carries a new nonce and is taken.
    expect((await post(`${receiver.url}/webhook`, entry, signWebhook({ secret: cmsSecret, body: entry }))).status).toBe(
      202,
    );
  });

  it('keeps the channels apart: each secret opens only its own route, for its own messages', async () => {
    const count = received.length;
    const cases: [string, string, string, number][] = [
      ['/reindexed', rebuilt, cmsSecret, 401],
      ['/webhook', entry, reindexSecret, 401],
      ['/webhook', rebuilt, cmsSecret, 400],
      ['/reindexed', entry, reindexSecret, 400],
    ];
    for (const [path, body, secret, expected] of cases) {
      const response = await post(`${receiver.url}${path}`, body, signWebhook({ secret, body }));
      expect(response.status, `${path} ${body} signed with ${secret}`).toBe(expected);
    }
    expect(received.length).toBe(count);
    const ok = await post(`${receiver.url}/reindexed`, rebuilt, signWebhook({ secret: reindexSecret, body: rebuilt }));
    expect(ok.status).toBe(202);
    expect(received.at(-1)).toEqual({ kind: 'rebuilt', since: 1 });
  });

  it('answers 413 to a declared 10 MB body without waiting for it', async () => {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${receiver.url}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      // Only the start of the body is ever sent: the answer must not depend on the rest.
      request.write('{"event":"entry.publish"');
    });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 413 to a chunked body as soon as it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${receiver.url}/webhook`, { method: 'POST' });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', () => {});
      request.on('close', () => reject(new Error('closed without an answer')));
      request.write('x'.repeat(100 * 1024));
    });
    expect(status).toBe(413);
  });
});
