// The e-mail digest against the real CMS: subscribe (JSON and the no-JS form) → an .eml with a
// signed confirmation link → confirm → a matching funding call is published through the Document
// Service by the system writer → the digest's .eml holds it and not a non-matching one, with
// one-click unsubscribe headers; nothing reaches an unconfirmed address; the unsubscribe link works
// without login and deletes the row; forged and expired links are refused; 200 concurrent
// subscriptions are stored once each; and no address is readable through the public API or logs.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { text } from 'node:stream/consumers';
import { fundingCall, serviceArea } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import { type Mail, mailsIn } from '../support/mailbox.ts';
import { freePort } from '../support/ports.ts';
import { waitUntil } from '../support/wait.ts';

const SECRET = 'digest-test-secret-0123456789';
const SITE = 'https://site.example';
const READER = 'Lanthandeln.Storbyn@Exempel.se';
const reader = READER.toLowerCase();
const WAITING = 'vantar@exempel.se';
const UID = 'api::subscription.subscription';

interface DigestRunner {
  runDigest(
    strapi: unknown,
    options?: { dryRun?: boolean; frequencies?: ('weekly' | 'immediate')[]; now?: Date },
  ): Promise<{ sent: { to: string; items: { title: string }[] }[]; purged: number; nothingNew: number }>;
  describeDigest(report: unknown): string[];
}

const days = (n: number) => n * 24 * 3600_000;
const linkIn = (mail: Mail | undefined, path: string) => {
  const match = mail?.text.match(new RegExp(`https?://\\S+${path.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_.-]+`));
  return match?.[0] as string;
};

export function describeSubscriptions(database: TestDatabase): void {
  describe(`the e-mail digest on ${database}`, () => {
    let cms: TestCms;
    let dataDir: string;
    let digest: DigestRunner;
    const logged: string[] = [];
    // The search's receiver, standing in for the indexer: every change notice the CMS sends.
    const notices: string[] = [];
    let receiver: Server;

    const rows = async (where: Record<string, unknown> = {}) =>
      (await cms.strapi.db.query(UID).findMany({ where })) as unknown as Record<string, unknown>[];
    const post = (path: string, body: string, type: string) =>
      fetch(cms.url + path, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });
    const mailsTo = async (address: string) => (await mailsIn(dataDir)).filter((mail) => mail.to === address);

    beforeAll(async () => {
      const receiverPort = await freePort();
      receiver = createServer(async (request, response) => {
        notices.push(await text(request));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
      await new Promise<void>((resolve) => receiver.listen(receiverPort, '127.0.0.1', resolve));
      cms = await startTestCms({
        database,
        env: {
          DIGEST_SECRET: SECRET,
          DIGEST_SCHEDULE: 'off',
          DIGEST_RATE_LIMIT: '300',
          SITE_URL: SITE,
          CMS_LOG_LEVEL: 'http',
          SEARCH_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/webhook`,
          SEARCH_WEBHOOK_SECRET: 'search-webhook-secret-0123456789',
        },
      });
      dataDir = process.env.DATA_DIR as string;
      digest = cms.strapi.get('skb-digest') as DigestRunner;
      // Every line the CMS logs, to check that no address is among them.
      const log = cms.strapi.log as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const level of ['error', 'warn', 'info', 'http', 'debug']) {
        const original = log[level].bind(log);
        log[level] = (...args: unknown[]) => {
          logged.push(args.map(String).join(' '));
          return original(...args);
        };
      }
    }, 600_000);
    afterAll(async () => {
      await cms?.stop();
      await new Promise((resolve) => receiver?.close(resolve));
    });

    it('refuses a choice that is not in the reference data with a 400 naming the field, storing nothing', async () => {
      const base = { email: 'fel@exempel.se', frequency: 'weekly' };
      for (const [field, value] of [
        ['counties', ['99']],
        ['serviceAreas', ['rymdfart']],
        ['types', ['question']],
        ['frequency', 'daily'],
        ['email', 'inte-en-adress'],
      ] as const) {
        const refused = await cms.send('POST', '/api/digest/subscribe', { ...base, [field]: value });
        expect(refused.status, field).toBe(400);
        expect(refused.body.error.details.errors[0].path[0], field).toBe(field);
      }
      expect(await rows()).toEqual([]);
    });

    let confirmLink: string;

    it('stores one unconfirmed row per address, answers the same each time and mails a signed link', async () => {
      const choice = {
        email: READER,
        counties: ['23'],
        serviceAreas: ['dagligvaror'],
        types: ['funding-call'],
        frequency: 'weekly',
        language: 'sv',
      };
      const first = await cms.send('POST', '/api/digest/subscribe', { data: choice });
      const again = await cms.send('POST', '/api/digest/subscribe', { ...choice, email: ` ${reader} ` });
      expect(first.status).toBe(202);
      expect(again).toEqual(first);
      const stored = await rows({ email: reader });
      expect(stored).toHaveLength(1);
      expect(stored[0]?.confirmedAt).toBeNull();
      const mails = await mailsTo(reader);
      expect(mails).toHaveLength(2);
      expect(mails[0]?.subject).toBe('Bekräfta din prenumeration på Servicekunskapsbanken');
      expect(mails[0]?.html).toMatch(/<html lang="sv">/);
      confirmLink = linkIn(mails[1], '/api/digest/confirm');
      expect(confirmLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/digest\/confirm\?token=/);
    });

    it('takes the site’s form without JavaScript, answers a bot’s filled honeypot alike and stores nothing for it', async () => {
      const form = new URLSearchParams([
        ['email', WAITING],
        ['counties', '23'],
        ['counties', '22'],
        ['frequency', 'immediate'],
        ['language', 'sv'],
      ]);
      const sent = await post('/api/digest/subscribe', form.toString(), 'application/x-www-form-urlencoded');
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe(`${SITE}/prenumerera/tack/`);
      expect((await rows({ email: WAITING }))[0]?.counties).toEqual(['23', '22']);
      form.set('email', 'bot@exempel.se');
      form.set('website', 'https://spam.example');
      const bot = await post('/api/digest/subscribe', form.toString(), 'application/x-www-form-urlencoded');
      expect(bot.status).toBe(303);
      expect(bot.headers.get('location')).toBe(`${SITE}/prenumerera/tack/`);
      expect(await rows({ email: 'bot@exempel.se' })).toEqual([]);
      const bad = await post('/api/digest/subscribe', 'email=x&frequency=weekly', 'application/x-www-form-urlencoded');
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('Ange en giltig e-postadress');
    });

    it('refuses a forged or an expired confirmation link and confirms nothing', async () => {
      const token = new URL(confirmLink).searchParams.get('token') as string;
      const [body] = token.split('.');
      const payload = JSON.parse(Buffer.from(body as string, 'base64url').toString());
      const signed = (value: unknown, secret = SECRET) => {
        const encoded = Buffer.from(JSON.stringify(value)).toString('base64url');
        return `${encoded}.${createHmac('sha256', secret).update(encoded).digest('base64url')}`;
      };
      const attempts = [
        signed(payload, 'not-the-secret-0123456789'),
        signed({ ...payload, e: Date.now() - 1000 }),
        signed({ ...payload, p: 'unsubscribe' }),
        `${body}.AAAA`,
        'nonsense',
      ];
      for (const attempt of attempts) {
        for (const method of ['GET', 'POST']) {
          const response = await fetch(`${cms.url}/api/digest/confirm?token=${attempt}`, {
            method,
            redirect: 'manual',
          });
          expect(response.status, `${method} ${attempt}`).toBe(400);
          expect(await response.text()).toContain('Länken fungerar inte');
        }
      }
      expect((await rows({ email: reader }))[0]?.confirmedAt).toBeNull();
    });

    it('opens a page with a button: following the link alone (a mail scanner) confirms nothing', async () => {
      const page = await fetch(confirmLink, { redirect: 'manual' });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<form method="post" action="?token=');
      expect(html).toContain('Bekräfta prenumerationen</button>');
      expect((await rows({ email: reader }))[0]?.confirmedAt).toBeNull();
    });

    it('confirms with the button, and a second press changes nothing', async () => {
      const press = () =>
        fetch(confirmLink, {
          method: 'POST',
          body: '',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          redirect: 'manual',
        });
      const confirmed = await press();
      expect(confirmed.status).toBe(303);
      expect(confirmed.headers.get('location')).toBe(`${SITE}/prenumerera/bekraftad/`);
      const [row] = await rows({ email: reader });
      expect(row?.confirmedAt).toBeTruthy();
      expect(row).toMatchObject({ counties: ['23'], serviceAreas: ['dagligvaror'], types: ['funding-call'] });
      expect((await press()).status).toBe(303);
      expect((await rows({ email: reader }))[0]?.confirmedAt).toEqual(row?.confirmedAt);
    });

    const matching = 'Stöd till lanthandlar i Jämtland (exempel)';
    const national = 'Stöd till lanthandlar i hela landet (exempel)';
    // Each differs from the reader's choice in one thing only: the county, or the service area.
    const elsewhere = 'Stöd till lanthandlar i Skåne (exempel)';
    const otherArea = 'Stöd till drivmedelsstationer i Jämtland (exempel)';

    it('sends the confirmed reader the matching new funding call, not the other, with one-click unsubscribe', async () => {
      const areas = (await cms.strapi.documents(serviceArea.uid).findMany({})) as unknown as {
        documentId: string;
        slug: string;
      }[];
      const area = (slug: string) => areas.find((a) => a.slug === slug)?.documentId as string;
      const asSystem = cms.strapi.get('skb-system-writer') as <T>(name: string, work: () => Promise<T>) => Promise<T>;
      const publish = (title: string, slug: string, county: string | null, areaSlug: string) =>
        asSystem('test', () =>
          cms.strapi.documents(fundingCall.uid).create({
            locale: 'sv',
            status: 'published',
            data: {
              title,
              slug,
              summary: 'En påhittad utlysning som digesttestet publicerar.',
              body: 'Text.',
              opensAt: new Date(Date.now() - days(1)).toISOString(),
              deadline: new Date(Date.now() + days(10)).toISOString(),
              eligibleApplicants: ['ideell förening'],
              geography: county ? 'län' : 'nationell',
              counties: county ? [county] : [],
              serviceAreas: [area(areaSlug)],
            },
          }),
        );
      await publish(matching, 'stod-till-lanthandlar-i-jamtland', '23', 'dagligvaror');
      await publish(elsewhere, 'stod-till-lanthandlar-i-skane', '12', 'dagligvaror');
      await publish(otherArea, 'stod-till-drivmedel-i-jamtland', '23', 'drivmedel');
      await publish(national, 'stod-till-lanthandlar-i-hela-landet', null, 'dagligvaror');

      const dry = await digest.runDigest(cms.strapi, { dryRun: true });
      const lines = digest.describeDigest(dry).join('\n');
      expect(lines).toContain('l***@exempel.se');
      expect(lines).toContain(matching);
      expect(lines).toContain(national);
      expect(lines).not.toContain(elsewhere);
      expect(lines).not.toContain(otherArea);
      expect(lines).not.toMatch(/lanthandeln\.storbyn|vantar@/);
      expect(await mailsTo(reader)).toHaveLength(2);

      const report = await digest.runDigest(cms.strapi);
      expect(report.sent).toHaveLength(1);
      const [mail, ...more] = (await mailsTo(reader)).filter((m) => m.subject.startsWith('Nytt i'));
      expect(more).toEqual([]);
      expect(mail?.text).toContain(matching);
      expect(mail?.text).toContain(`${SITE}/utlysningar/stod-till-lanthandlar-i-jamtland/`);
      expect(mail?.text).toContain(national);
      expect(`${mail?.text}${mail?.html}`).not.toContain(elsewhere);
      expect(`${mail?.text}${mail?.html}`).not.toContain(otherArea);
      expect(mail?.html).toMatch(/<html lang="sv">[\s\S]*<h1>[\s\S]*<h2>Nytt sedan förra utskicket<\/h2>/);
      expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      expect(mail?.headers['list-unsubscribe']).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/api\/digest\/unsubscribe\?token=\S+>$/,
      );
      // The unconfirmed address got its confirmation and nothing else.
      expect((await mailsTo(WAITING)).map((m) => m.subject)).toEqual([
        'Bekräfta din prenumeration på Servicekunskapsbanken',
      ]);
      // Nothing new: nothing sent.
      const next = await digest.runDigest(cms.strapi);
      expect(next.sent).toEqual([]);
      expect((await mailsTo(reader)).filter((m) => m.subject.startsWith('Nytt i'))).toHaveLength(1);
    });

    it('unsubscribes without login, by the page’s button and by the one-click POST, deleting the row', async () => {
      const [mail] = (await mailsTo(reader)).filter((m) => m.subject.startsWith('Nytt i'));
      const link = (mail?.headers['list-unsubscribe'] ?? '').replace(/^<|>$/g, '');
      const page = await fetch(link);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<form method="post"/);
      expect(html).not.toContain('exempel.se');
      expect(
        (
          await post(
            `${new URL(link).pathname}?token=forged.token`,
            'List-Unsubscribe=One-Click',
            'application/x-www-form-urlencoded',
          )
        ).status,
      ).toBe(400);
      const oneClick = await post(
        new URL(link).pathname + new URL(link).search,
        'List-Unsubscribe=One-Click',
        'application/x-www-form-urlencoded',
      );
      expect(oneClick.status).toBe(200);
      expect(await rows({ email: reader })).toEqual([]);
      // A second click (or the page's button afterwards) is no error, and the page says the link is spent.
      const button = await post(new URL(link).pathname + new URL(link).search, '', 'application/x-www-form-urlencoded');
      expect(button.status).toBe(303);
      expect(button.headers.get('location')).toBe(`${SITE}/prenumerera/avslutad/`);
      expect((await fetch(link)).status).toBe(400);
    });

    it('deletes a subscription left unconfirmed for 7 days', async () => {
      expect(await rows({ email: WAITING })).toHaveLength(1);
      const report = await digest.runDigest(cms.strapi, { now: new Date(Date.now() + days(7) + 60_000) });
      expect(report.purged).toBe(1);
      expect(await rows({ email: WAITING })).toEqual([]);
    });

    it('stores 200 concurrent subscriptions of distinct addresses once each, and one of the same address', async () => {
      const many = Array.from({ length: 200 }, (_, i) => `massa${i}@exempel.se`);
      const answers = await Promise.all(
        many.map((email) => cms.send('POST', '/api/digest/subscribe', { email, frequency: 'weekly' })),
      );
      expect(answers.map((a) => a.status)).toEqual(many.map(() => 202));
      const stored = (await rows({ email: { $startsWith: 'massa' } })).map((row) => row.email);
      expect(stored.sort()).toEqual([...many].sort());
      const same = await Promise.all(
        Array.from({ length: 20 }, () =>
          cms.send('POST', '/api/digest/subscribe', { email: 'samma@exempel.se', frequency: 'immediate' }),
        ),
      );
      expect(new Set(same.map((a) => a.status))).toEqual(new Set([202]));
      expect(await rows({ email: 'samma@exempel.se' })).toHaveLength(1);
      // At most three confirmation mails an hour to one mailbox, however often it is asked.
      expect(await mailsTo('samma@exempel.se')).toHaveLength(3);
    }, 300_000);

    it('keeps every address out of the public API, the search outbox and the logs', async () => {
      for (const path of ['/api/subscriptions', '/api/subscriptions/1', '/api/subscription', '/api/digest/subscribe']) {
        const response = await cms.get(path);
        expect([403, 404, 405], path).toContain(response.status);
        expect(JSON.stringify(response.body)).not.toContain('exempel.se');
      }
      const published = await cms.get('/api/funding-calls?populate=*');
      expect(published.status).toBe(200);
      expect(JSON.stringify(published.body)).not.toContain('exempel.se');
      // The search heard of the funding calls, and of no subscription.
      await waitUntil('the search has heard of the funding calls', async () =>
        notices.some((notice) => notice.includes(fundingCall.uid)),
      );
      expect(notices.join('\n')).not.toMatch(/subscription|exempel\.se/);
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).not.toMatch(/exempel\.se/i);
      // Request lines name the digest's doors, but not the tokens of the signed links.
      expect(logged.join('\n')).toMatch(/POST \/api\/digest\/confirm\?token=… \(\d+ ms\) 303/);
      expect(logged.join('\n')).not.toMatch(/token=[A-Za-z0-9_-]{8}/);
    });

    it('limits subscriptions per client address', async () => {
      let status = 0;
      for (let i = 0; i < 100 && status !== 429; i++) {
        status = (
          await cms.send('POST', '/api/digest/subscribe', { email: `grans${i}@exempel.se`, frequency: 'weekly' })
        ).status;
      }
      expect(status).toBe(429);
    });
  });
}
