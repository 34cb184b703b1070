import http from 'node:http';

/** GETs a URL over node:http (not fetch, which is slow to loopback here); resolves status and body. */
export function httpGet(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: options.headers, timeout: options.timeoutMs ?? 3000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    request.on('timeout', () => request.destroy(new Error(`timeout after ${options.timeoutMs ?? 3000} ms`)));
    request.on('error', reject);
  });
}

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
      const { status } = await httpGet(url, { timeoutMs: 2000 });
      if (status < 400) return;
      lastError = `HTTP ${status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
  throw new Error(`${options.what} did not answer at ${url} within ${options.timeoutMs / 1000} s (${lastError})`);
}
