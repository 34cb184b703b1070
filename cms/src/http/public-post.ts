// What the public POST routes (the helpdesk's question, the digest's subscription) share: the 429
// answer of their rate limits, and the submitted fields, whether sent bare or wrapped as `{ data }`.
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

/** The submitted fields (`{ data: {...} }` or the object itself), or undefined when the body is no object. */
export function submittedFields(ctx: Ctx): Record<string, unknown> | undefined {
  const body = ctx.request.body;
  const input = body && typeof body === 'object' && 'data' in body ? (body as { data: unknown }).data : body;
  return input && typeof input === 'object' ? (input as Record<string, unknown>) : undefined;
}
