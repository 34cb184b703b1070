import { createHmac } from 'node:crypto';
import { signWebhook } from '@skb/content-types/webhook';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/sync/backoff.ts';
import { nextStatusChange } from '../src/sync/funding-call-status.ts';
import { SyncQueue } from '../src/sync/queue.ts';
import { RecentChanges } from '../src/sync/recent-changes.ts';
import type { SyncKey } from '../src/sync/sync-key.ts';
import { parseWebhookBody } from '../src/sync/webhook-body.ts';

const key = (documentId: string, locale = 'sv'): SyncKey => ({ type: 'method', documentId, locale });

describe('the sync queue', () => {
  it('holds one entry per language version, however often it is saved', () => {
    const queue = new SyncQueue(10);
    queue.add(key('a'));
    queue.add(key('a'));
    queue.add(key('a', 'en'));
    expect(queue.backlog).toBe(2);
  });

  it('does not hand out an entry twice while it is being applied, and takes a newer save after', () => {
    const queue = new SyncQueue(10);
    queue.add(key('a'));
    const first = queue.take(10);
    queue.add(key('a'));
    expect(queue.take(10)).toEqual([]);
    expect(queue.backlog).toBe(2);
    queue.done(first);
    expect(queue.take(10)).toEqual([key('a')]);
  });

  it('puts a failed batch back, and keeps it once when it was saved again meanwhile', () => {
    const queue = new SyncQueue(10);
    queue.add(key('a'));
    queue.add(key('b'));
    const batch = queue.take(10);
    queue.add(key('a'));
    queue.retry(batch);
    expect(queue.backlog).toBe(2);
    expect(
      queue
        .take(10)
        .map((k) => k.documentId)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('stops growing at its limit and asks for a full reindex, which resolves it only if it started after', () => {
    const queue = new SyncQueue(2);
    expect(queue.add(key('a'))).toBe(true);
    expect(queue.add(key('b'))).toBe(true);
    expect(queue.add(key('c'))).toBe(false);
    expect(queue.backlog).toBe(2);
    expect(queue.overflowed).toBe(true);
    queue.clearOverflow(Date.now() - 60_000);
    expect(queue.overflowed).toBe(true);
    queue.clearOverflow(Date.now() + 1);
    expect(queue.overflowed).toBe(false);
  });

  it('wakes a waiting worker when work arrives', async () => {
    const queue = new SyncQueue(10);
    const waiting = queue.waitForWork(new AbortController().signal);
    queue.add(key('a'));
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe('recent changes', () => {
  it('lists the entries applied since a time, each once', () => {
    const recent = new RecentChanges();
    recent.record([key('a'), key('b')], 1000);
    recent.record([key('a')], 3000);
    expect(recent.since(2000)).toEqual([key('a')]);
    expect(recent.since(0)).toHaveLength(2);
  });

  it('forgets the oldest beyond its limit', () => {
    const recent = new RecentChanges(2);
    recent.record([key('a'), key('b'), key('c')], 1000);
    expect(recent.since(0).map((k) => k.documentId)).toEqual(['b', 'c']);
  });
});

describe('backoff', () => {
  it('doubles from the base up to the cap, with jitter', () => {
    const fixed = { random: () => 0.5 };
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, fixed))).toEqual([250, 500, 1000, 2000]);
    expect(backoffDelay(30, fixed)).toBe(30_000);
    expect(backoffDelay(1, { random: () => 0 })).toBe(200);
    expect(backoffDelay(1, { random: () => 1 })).toBe(300);
  });
});

describe('webhook bodies', () => {
  it('name a language version of a public entry', () => {
    const parsed = parseWebhookBody(
      JSON.stringify({ event: 'entry.unpublish', uid: 'api::method.method', documentId: 'abc123', locale: 'en' }),
    );
    expect(parsed).toEqual({ ok: true, message: { kind: 'entry', keys: [key('abc123', 'en')] } });
  });

  it('without a locale, mean every language', () => {
    const parsed = parseWebhookBody(
      JSON.stringify({ event: 'entry.delete', uid: 'api::event.event', documentId: 'x1' }),
    );
    expect(parsed.ok && parsed.message.kind === 'entry' && parsed.message.keys.map((k) => k.locale)).toEqual([
      'sv',
      'en',
    ]);
  });

  it('sort taxonomy changes, rebuilds, helpdesk questions and other types apart', () => {
    const kind = (body: object) => {
      const parsed = parseWebhookBody(JSON.stringify(body));
      return parsed.ok ? parsed.message.kind : parsed.field;
    };
    expect(kind({ event: 'entry.update', uid: 'api::topic.topic', documentId: 't1' })).toBe('taxonomy');
    expect(kind({ event: 'index.rebuilt', since: 1 })).toBe('rebuilt');
    expect(kind({ event: 'entry.update', uid: 'api::question.question', documentId: 'q1' })).toBe('questions');
    expect(kind({ event: 'entry.update', uid: 'plugin::users-permissions.user', documentId: 'u1' })).toBe('ignored');
  });

  it.each([
    ['not JSON', '{', '(body)'],
    ['an unknown event', JSON.stringify({ event: 'entry.explode' }), 'event'],
    [
      'a path in the id',
      JSON.stringify({ event: 'entry.publish', uid: 'api::method.method', documentId: '../x' }),
      'documentId',
    ],
    [
      'an unknown locale',
      JSON.stringify({ event: 'entry.publish', uid: 'api::method.method', documentId: 'a', locale: 'de' }),
      'locale',
    ],
    ['no uid', JSON.stringify({ event: 'entry.publish', documentId: 'a' }), 'uid'],
    ['no document', JSON.stringify({ event: 'entry.publish', uid: 'api::method.method' }), 'documentId'],
    ['a rebuild without a time', JSON.stringify({ event: 'index.rebuilt' }), 'since'],
  ])('refuse %s, naming the field', (_name, body, field) => {
    const parsed = parseWebhookBody(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.field).toBe(field);
  });

  it('are signed over what is sent: HMAC-SHA256 of "<timestamp>.<nonce>.<body>" (the receiver relies on it)', () => {
    const secret = 's'.repeat(16);
    const body = JSON.stringify({ event: 'entry.publish', uid: 'api::method.method', documentId: 'a', locale: 'sv' });
    const nonce = 'n0nce-of-twenty-chars';
    const headers = signWebhook({ secret, body, nonce, now: new Date('2026-11-30T12:00:00.900Z') });
    const mac = createHmac('sha256', secret).update(`1796040000.${nonce}.${body}`).digest('hex');
    expect(headers).toEqual({ 'x-skb-timestamp': '1796040000', 'x-skb-nonce': nonce, 'x-skb-signature': `v2=${mac}` });
    const other = signWebhook({
      secret,
      body: body.replace('"sv"', '"en"'),
      nonce,
      now: new Date('2026-11-30T12:00:00Z'),
    });
    expect(other['x-skb-signature']).not.toBe(headers['x-skb-signature']);
    expect(signWebhook({ secret, body })['x-skb-nonce']).not.toBe(signWebhook({ secret, body })['x-skb-nonce']);
  });
});

describe('funding-call status changes', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  it('come at the opening, then when the deadline’s minute ends, then never', () => {
    const opensAt = Date.parse('2026-04-01T06:00:00Z');
    const deadline = Date.parse('2026-04-30T21:59:00Z');
    expect(nextStatusChange({ opensAt, deadline }, now)).toBe(opensAt);
    expect(nextStatusChange({ opensAt, deadline }, new Date('2026-04-02T00:00:00Z'))).toBe(deadline + 60_000);
    expect(nextStatusChange({ opensAt, deadline }, new Date('2026-05-01T00:00:00Z'))).toBeUndefined();
  });
});
