// The Meilisearch client of the indexer: meilisearch-js with requests sent over node:http (see
// ../http.ts), and the one way we wait for tasks: with a timeout, then checking that the task
// succeeded (waiting resolves for failed tasks too).
import {
  type EnqueuedTask,
  Meilisearch,
  MeilisearchApiError,
  type MeilisearchErrorResponse,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type Task,
} from 'meilisearch';
import { MeiliTaskError } from '../errors.ts';
import { httpRequest } from '../http.ts';

export interface MeiliConnection {
  host: string;
  apiKey: string;
  /** Per-request timeout in milliseconds. */
  requestTimeoutMs?: number;
}

/**
 * meilisearch-js's `httpClient` option: it must resolve to the parsed body and throw on error
 * statuses itself. The option is marked deprecated, but it is the supported way to replace fetch
 * until meilisearch/meilisearch-js#1979 (un-deprecate httpClient) lands.
 */
async function nodeHttpClient(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> {
  const url = input instanceof Request ? input.url : input;
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  const response = await httpRequest(url, {
    method: init?.method,
    headers,
    body: typeof init?.body === 'string' ? init.body : undefined,
    signal: init?.signal,
  });
  const parsed: unknown = response.body === '' ? undefined : JSON.parse(response.body);
  if (response.status >= 400) {
    throw new MeilisearchApiError(
      new Response(response.body, { status: response.status }),
      parsed as MeilisearchErrorResponse | undefined,
    );
  }
  return parsed;
}

export function createMeiliClient(connection: MeiliConnection): Meilisearch {
  return new Meilisearch({
    host: connection.host,
    apiKey: connection.apiKey,
    httpClient: nodeHttpClient,
    timeout: connection.requestTimeoutMs ?? 30_000,
    clientAgents: ['skb-search-indexer'],
  });
}

/**
 * The Meilisearch API error behind an error, if there is one. meilisearch-js wraps whatever a custom
 * httpClient throws in a MeilisearchRequestError; the API error is its cause.
 */
export function meiliApiError(error: unknown): { code?: string; status: number; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current; depth++) {
    if (current instanceof MeilisearchApiError) {
      return { code: current.cause?.code, status: current.response.status, message: current.message };
    }
    current = current instanceof MeilisearchRequestError || current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}

/** True when the error says the index does not exist. */
export const isIndexNotFound = (error: unknown) => meiliApiError(error)?.code === 'index_not_found';

/** Polls of a task that timed out, asked again before the wait fails. */
const POLL_RETRIES = 3;
const POLL_RETRY_DELAY_MS = 1000;

/** Whether a failed poll is worth repeating: the request timed out, or Meilisearch answered 408 or 503. */
function isTransientPollError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (current instanceof MeilisearchRequestTimeOutError) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  const status = meiliApiError(error)?.status;
  return status === 408 || status === 503;
}

/**
 * Waits for a task and returns it when it succeeded; throws MeiliTaskError when it failed, was
 * canceled or did not finish within `timeoutMs`.
 */
export async function waitForSuccess(
  client: Meilisearch,
  task: EnqueuedTask | number,
  options: { what: string; timeoutMs: number; intervalMs?: number },
): Promise<Task> {
  const taskUid = typeof task === 'number' ? task : task.taskUid;
  const deadline = Date.now() + options.timeoutMs;
  let done: Task;
  for (let retries = 0; ; retries++) {
    try {
      done = await client.tasks.waitForTask(taskUid, {
        timeout: Math.max(1, deadline - Date.now()),
        interval: options.intervalMs ?? 25,
      });
      break;
    } catch (error) {
      // A poll that timed out on a busy Meilisearch says nothing about the task: ask again, a few
      // times, within the same deadline. Anything else (Meilisearch gone, the task unknown) fails now.
      if (retries < POLL_RETRIES && isTransientPollError(error) && Date.now() < deadline - POLL_RETRY_DELAY_MS) {
        await new Promise((resolve) => setTimeout(resolve, POLL_RETRY_DELAY_MS));
        continue;
      }
      throw new MeiliTaskError({ taskUid, what: options.what, status: 'could not be awaited', cause: error });
    }
  }
  if (done.status !== 'succeeded') {
    throw new MeiliTaskError({
      taskUid,
      what: options.what,
      status: done.status,
      code: done.error?.code,
      message: done.error?.message,
    });
  }
  return done;
}
