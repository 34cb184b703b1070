import { describe, expect, it } from 'vitest';
import {
  SeenNonces,
  signWebhook,
  verifyWebhook,
  WEBHOOK_NONCE_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  webhookHeaders,
} from '../src/webhook-signature.ts';

const secret = 'a-shared-secret-of-some-length';
const body = '{"event":"entry.publish","uid":"api::method.method","documentId":"abc","locale":"sv"}';
const now = new Date('2026-05-01T10:00:00Z');
const nonce = 'b9a4c1e2-0d3f-4a5b-8c7d-6e5f4a3b2c1d';
const signed = signWebhook({ secret, body, now, nonce });
const verify = (overrides: Partial<Parameters<typeof verifyWebhook>[0]> = {}) =>
  verifyWebhook({
    secret,
    body,
    timestamp: signed[WEBHOOK_TIMESTAMP_HEADER],
    nonce: signed[WEBHOOK_NONCE_HEADER],
    signature: signed[WEBHOOK_SIGNATURE_HEADER],
    now,
    ...overrides,
  });

describe('signed webhooks', () => {
  it('sign the timestamp, a nonce and the body with HMAC-SHA256', () => {
    expect(signed[WEBHOOK_TIMESTAMP_HEADER]).toBe(String(now.getTime() / 1000));
    expect(signed[WEBHOOK_SIGNATURE_HEADER]).toMatch(/^v2=[0-9a-f]{64}$/);
    expect(verify()).toEqual({ ok: true, signedAt: now, nonce });
    expect(webhookHeaders(signed)).toEqual({
      timestamp: signed[WEBHOOK_TIMESTAMP_HEADER],
      nonce,
      signature: signed[WEBHOOK_SIGNATURE_HEADER],
    });
  });

  it('carry a new nonce in every request', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => signWebhook({ secret, body })[WEBHOOK_NONCE_HEADER]));
    expect(nonces.size).toBe(100);
  });

  it('refuse a changed nonce and a missing or malformed one', () => {
    expect(verify({ nonce: nonce.replace('b9', 'c9') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ nonce: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(verify({ nonce: 'short' })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ nonce: `${nonce}.x` })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('accept a request up to five minutes old, or early by as much', () => {
    expect(verify({ now: new Date(now.getTime() + 300_000) }).ok).toBe(true);
    expect(verify({ now: new Date(now.getTime() - 300_000) }).ok).toBe(true);
  });

  it('refuse a request older than five minutes', () => {
    expect(verify({ now: new Date(now.getTime() + 301_000) })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuse a changed body, a changed timestamp and another secret', () => {
    expect(verify({ body: body.replace('"sv"', '"en"') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ timestamp: String(now.getTime() / 1000 + 1) })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ secret: `${secret}!` })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuse missing and malformed headers', () => {
    expect(verify({ signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(verify({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(verify({ timestamp: 'yesterday' })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ signature: 'sha256=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ signature: 'v2=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ signature: `v1=${'0'.repeat(64)}` })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ signature: `v2=${'0'.repeat(64)}` })).toEqual({ ok: false, reason: 'mismatch' });
  });
});

describe('the nonces a receiver has seen', () => {
  const window = 300_000;
  const t0 = now.getTime();

  it('refuse a nonce the second time, for as long as its timestamp is accepted', () => {
    const seen = new SeenNonces({ windowMs: window });
    expect(seen.check('n-000000000000001', t0, t0)).toBe('fresh');
    expect(seen.check('n-000000000000001', t0, t0 + 1)).toBe('replay');
    expect(seen.check('n-000000000000001', t0, t0 + window)).toBe('replay');
    expect(seen.check('n-000000000000002', t0, t0)).toBe('fresh');
  });

  it('stay within their limit: forget stale nonces, and refuse new ones rather than forget a live one', () => {
    const seen = new SeenNonces({ windowMs: window, limit: 3 });
    for (const n of ['a', 'b', 'c']) expect(seen.check(`nonce-${n}`.padEnd(16, '0'), t0, t0)).toBe('fresh');
    expect(seen.check('nonce-d'.padEnd(16, '0'), t0, t0 + 1000)).toBe('full');
    expect(seen.size).toBe(3);
    // Once the first three are too old to be accepted anyway, they make room.
    expect(seen.check('nonce-d'.padEnd(16, '0'), t0 + window + 2000, t0 + window + 2000)).toBe('fresh');
    expect(seen.size).toBe(1);
  });
});
