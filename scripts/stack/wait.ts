import { describeError, httpRequest } from '@skb/search-indexer';

/** Polls `url` until it answers with a status below 400, or throws after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; intervalMs?: number; abort?: Promise<unknown>; what: string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let aborted = false;
  options.abort?.then(() => {
    aborted = true;
  });
  let lastError = '';
  while (Date.now() < deadline) {
    if (aborted) throw new Error(`${options.what} stopped before it answered at ${url}`);
    try {
      const { status } = await httpRequest(url, { timeoutMs: 2000 });
      if (status < 400) return;
      lastError = `HTTP ${status}`;
    } catch (error) {
      lastError = describeError(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
  throw new Error(`${options.what} did not answer at ${url} within ${options.timeoutMs / 1000} s (${lastError})`);
}
