// Waiting for a Meilisearch task: a poll that times out on a busy Meilisearch (408, 503) is asked
// again within the deadline; a task that failed, or a Meilisearch that is gone, fails the wait at once.
// Meilisearch is a stand-in here (an HTTP server that answers the tasks route as told): what is under
// test is the waiting, not Meilisearch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MeiliTaskError } from '../src/errors.ts';
import { createMeiliClient, waitForSuccess } from '../src/meili/client.ts';

const task = (status: string) => ({
  uid: 1,
  batchUid: 1,
  indexUid: 'knowledge',
  status,
  type: 'documentAdditionOrUpdate',
  canceledBy: null,
  details: {},
  error:
    status === 'failed'
      ? { message: 'broken', code: 'invalid_document_fields', type: 'invalid_request', link: '' }
      : null,
  duration: 'PT0.001S',
  enqueuedAt: '2026-12-01T00:00:00Z',
  startedAt: '2026-12-01T00:00:00Z',
  finishedAt: '2026-12-01T00:00:00Z',
});

let server: http.Server | undefined;
afterEach(() => server?.close());

/** A stand-in Meilisearch that answers each poll of /tasks/1 with the next status in `answers`. */
async function standIn(answers: (number | string)[]): Promise<{ host: string; polls: () => number }> {
  let polls = 0;
  server = http.createServer((_request, response) => {
    const answer = answers[Math.min(polls, answers.length - 1)];
    polls += 1;
    if (typeof answer === 'number') {
      response.writeHead(answer, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'busy', code: 'busy', type: 'system', link: '' }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(task(String(answer))));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, polls: () => polls };
}

describe('waitForSuccess', () => {
  it('asks again when a poll is answered 408 or 503, and returns the task that succeeded', async () => {
    const meili = await standIn([408, 503, 'processing', 'succeeded']);
    const client = createMeiliClient({ host: meili.host, apiKey: 'key' });
    const done = await waitForSuccess(client, 1, { what: 'add', timeoutMs: 20_000, intervalMs: 5 });
    expect(done.status).toBe('succeeded');
    expect(meili.polls()).toBe(4);
  }, 30_000);

  it('fails at once, naming the task, when the task failed', async () => {
    const meili = await standIn(['failed']);
    const client = createMeiliClient({ host: meili.host, apiKey: 'key' });
    const failed = await waitForSuccess(client, 1, { what: 'add 3 documents', timeoutMs: 20_000 }).catch((e) => e);
    expect(failed).toBeInstanceOf(MeiliTaskError);
    expect(String(failed.message)).toMatch(/add 3 documents/);
    expect(meili.polls()).toBe(1);
  });

  it('does not ask again when Meilisearch refuses the poll for another reason (404, gone)', async () => {
    const meili = await standIn([404]);
    const client = createMeiliClient({ host: meili.host, apiKey: 'key' });
    const failed = await waitForSuccess(client, 1, { what: 'add', timeoutMs: 20_000 }).catch((e) => e);
    expect(failed).toBeInstanceOf(MeiliTaskError);
    expect(meili.polls()).toBe(1);
    const gone = createMeiliClient({ host: 'http://127.0.0.1:9', apiKey: 'key' });
    const started = performance.now();
    expect(await waitForSuccess(gone, 1, { what: 'add', timeoutMs: 20_000 }).catch((e) => e)).toBeInstanceOf(
      MeiliTaskError,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
