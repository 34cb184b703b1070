import { describe, expect, it } from 'vitest';
import {
  signWebhook,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '../src/webhook-signature.ts';

const secret = 'a-shared-secret-of-some-length';
const body = '{"event":"entry.publish","uid":"api::method.method","documentId":"abc","locale":"sv"}';
const now = new Date('2026-05-01T10:00:00Z');
const signed = signWebhook({ secret, body, now });
const verify = (overrides: Partial<Parameters<typeof verifyWebhook>[0]> = {}) =>
  verifyWebhook({
    secret,
    body,
    timestamp: signed[WEBHOOK_TIMESTAMP_HEADER],
    signature: signed[WEBHOOK_SIGNATURE_HEADER],
    now,
    ...overrides,
  });

describe('signed webhooks', () => {
  it('sign the timestamp and body with HMAC-SHA256', () => {
    expect(signed[WEBHOOK_TIMESTAMP_HEADER]).toBe(String(now.getTime() / 1000));
    expect(signed[WEBHOOK_SIGNATURE_HEADER]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verify()).toEqual({ ok: true, signedAt: now });
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
    expect(verify({ signature: 'v1=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(verify({ signature: `v1=${'0'.repeat(64)}` })).toEqual({ ok: false, reason: 'mismatch' });
  });
});
