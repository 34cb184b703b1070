// What the public POST routes (the helpdesk's question, the digest's subscription) share: the 429
// answer of their rate limits, the submitted fields, whether sent bare or wrapped as `{ data }`, and a
// lane that serves them in turn (503 when even its queue is full).
type Ctx = {
  status: number;
  body: unknown;
  set(field: string, value: string): void;
  request: { body?: unknown };
};

/** Answers 429 with `Retry-After` and Strapi's error shape, naming in Swedish what came too often. */
export function answerTooManyRequests(ctx: Ctx, retryAfterSeconds: number, message: string): void {
  ctx.status = 429;
  ctx.set('Retry-After', String(retryAfterSeconds));
  ctx.body = { data: null, error: { status: 429, name: 'TooManyRequests', message } };
}

/** Answers 503 with `Retry-After` (30 s) and Strapi's error shape: the door's lane is full. */
export function answerBusy(ctx: Ctx, message: string): void {
  ctx.status = 503;
  ctx.set('Retry-After', '30');
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailable', message } };
}

/** The submitted fields (`{ data: {...} }` or the object itself), or undefined when the body is no object. */
export function submittedFields(ctx: Ctx): Record<string, unknown> | undefined {
  const body = ctx.request.body;
  const input = body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : body;
  return input && typeof input === 'object' ? (input as Record<string, unknown>) : undefined;
}

export interface Lane {
  /** Runs `work` when a place is free, in arrival order; undefined when the queue is full (answer 503). */
  run<T>(work: () => Promise<T>): Promise<T> | undefined;
  readonly waiting: number;
}

/**
 * A lane for a public write: at most `concurrency` run at once and the rest wait their turn in order,
 * at most `queue` of them. Without it, fifty askers at once all start their database work together,
 * each waits for the others' queries, and some wait longer than a browser does; in a lane they are
 * served in turn, and when even the queue is full the door says so at once (503 with Retry-After).
 */
export function createLane(options: { concurrency: number; queue: number }): Lane {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    }
  };
  return {
    run(work) {
      if (active >= options.concurrency && waiting.length >= options.queue) return undefined;
      let turn: Promise<void>;
      if (active < options.concurrency) {
        active += 1;
        turn = Promise.resolve();
      } else {
        turn = new Promise<void>((resolve) => waiting.push(resolve));
      }
      return turn.then(work).finally(release);
    },
    get waiting() {
      return waiting.length;
    },
  };
}
