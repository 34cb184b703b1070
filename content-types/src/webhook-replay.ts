// The nonces a webhook receiver has accepted, each kept until its request's timestamp is too old to
// be accepted anyway; a second request with the same nonce is a replay. Memory is bounded: when the
// window holds `limit` nonces the receiver refuses new requests (the sender retries) rather than
// forget one that could still be replayed.
export type NonceCheck = 'fresh' | 'replay' | 'full';

export class SeenNonces {
  readonly limit: number;
  readonly windowMs: number;
  /** nonce → epoch ms after which its request is stale, so it can be forgotten. */
  #until = new Map<string, number>();

  /** `windowMs`: the receiver's tolerance for timestamps (a request is accepted this long either side of now). */
  constructor(options: { windowMs: number; limit?: number }) {
    this.windowMs = options.windowMs;
    this.limit = options.limit ?? 50_000;
  }

  get size(): number {
    return this.#until.size;
  }

  /** Records `nonce` of a request signed at `signedAt` (verified) and says whether it was fresh. */
  check(nonce: string, signedAt: number, now: number): NonceCheck {
    if (this.#until.has(nonce)) return 'replay';
    if (this.#until.size >= this.limit) this.#forgetStale(now);
    if (this.#until.size >= this.limit) return 'full';
    // One second more than the tolerance: the signature's timestamp is rounded down to seconds.
    this.#until.set(nonce, signedAt + this.windowMs + 1000);
    if (this.#until.size % 1024 === 0) this.#forgetStale(now);
    return 'fresh';
  }

  #forgetStale(now: number): void {
    for (const [nonce, until] of this.#until) if (until < now) this.#until.delete(nonce);
  }
}
