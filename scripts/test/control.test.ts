// The stack's /_stack/rebuild route: a signed request that lists what changed asks for a partial
// build, one without a list for a full build, and a body that is not a rebuild request is refused
// naming what is wrong.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signWebhook } from '@skb/content-types/webhook';
import { httpRequest } from '@skb/search-indexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlRoutes } from '../stack/control.ts';
import type { SiteBuilder } from '../stack/site-builder.ts';

const secret = 'control-test-secret-0123456789';
const requests: { reason: string; partial?: boolean }[] = [];
const builder = {
  request: (reason: string, options: { partial?: boolean } = {}) => requests.push({ reason, ...options }),
  status: () => ({}),
} as unknown as SiteBuilder;
let server: http.Server;
let url: string;

beforeAll(async () => {
  const routes = controlRoutes({ builder, secret, status: () => ({}) });
  server = http.createServer((request, response) => void routes['/_stack/rebuild'](request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_stack/rebuild`;
});
afterAll(() => server.close());

const post = (payload: unknown) => {
  const body = JSON.stringify(payload);
  return httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) },
    body,
  });
};

describe('/_stack/rebuild', () => {
  it('asks for a partial build when the request lists what changed', async () => {
    const response = await post({
      reason: 'search sync: 1 document changed',
      changes: [{ type: 'method', documentId: 'abc123', locale: 'sv', slug: 'bystamma', event: 'publish' }],
    });
    expect(response.status).toBe(202);
    expect(JSON.parse(response.body)).toEqual({ queued: true, kind: 'partial' });
    expect(requests.at(-1)).toEqual({ reason: 'search sync: 1 document changed', partial: true });
  });

  it('asks for a full build when it does not', async () => {
    const response = await post({ reason: 'a full build on demand' });
    expect(JSON.parse(response.body)).toEqual({ queued: true, kind: 'full' });
    expect(requests.at(-1)).toEqual({ reason: 'a full build on demand', partial: false });
  });

  it('refuses a body that is not a rebuild request, naming the field', async () => {
    const count = requests.length;
    const response = await post({ changes: [{ type: 'method', documentId: 'abc', locale: 'de', event: 'publish' }] });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/^changes\.0\.locale: /);
    expect(requests.length).toBe(count);
  });
});
