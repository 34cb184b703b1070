// The digest's form in Chromium with JavaScript switched off, against the real CMS and the site
// built from it: a reader picks a county and an area and posts the form straight to the CMS (the
// site's CSP allows it), lands on the site's thank-you page, follows the mail's link and lands on
// the confirmed page; the CMS's own schedule then mails a newly published matching funding call; the
// pages pass axe (WCAG 2.1 A/AA), and the county page links to the form.

import { fundingCall, serviceArea } from '@skb/content-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../support/browser.ts';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { mailsIn } from '../support/mailbox.ts';
import { freePort } from '../support/ports.ts';
import { buildSite, type SiteBuild, type StaticServer, serveStatic } from '../support/site.ts';
import { waitUntil } from '../support/wait.ts';

const READER = 'byalaget@exempel.se';

describe('the subscribe form without JavaScript', () => {
  let cms: TestCms;
  let site: SiteBuild;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // The site's address must be known before the CMS starts: it redirects the form there.
    const sitePort = await freePort();
    cms = await startTestCms({
      database: 'sqlite',
      env: {
        DIGEST_SECRET: 'subscribe-browser-secret-0123456789',
        // "När något nytt kommer" checked every second instead of every hour, so the test sees it run.
        DIGEST_SCHEDULE: 'on',
        DIGEST_IMMEDIATE_CRON: '* * * * * *',
        SITE_URL: `http://127.0.0.1:${sitePort}`,
      },
    });
    site = await buildSite({ CMS_URL: cms.url, PUBLIC_CMS_URL: cms.url, SITE_URL: `http://127.0.0.1:${sitePort}` });
    if (site.code !== 0) throw new Error(`site build failed:\n${site.output}`);
    server = await serveStatic(site.dir, { port: sitePort });
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
    await cms?.stop();
  });

  /** A page with JavaScript off (the reader's), or on (for axe, which runs as a script). */
  async function open(path: string, javaScriptEnabled = false): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'sv-SE' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    (page as Page & { blocked: string[] }).blocked = blocked;
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('subscribes, lands on the thank-you page, and the mail’s link confirms with a button', async () => {
    const checked = await open('/prenumerera/', true);
    expect(describeViolations(await axeViolations(checked))).toBe('');
    const page = await open('/prenumerera/');
    expect(await page.locator('h1').textContent()).toBe('Prenumerera på nytt från Servicekunskapsbanken');
    await page.getByLabel('E-postadress').fill(READER);
    await page.getByRole('group', { name: 'Län' }).getByLabel('Jämtland').check();
    await page.getByRole('group', { name: 'Serviceområden' }).getByLabel('Dagligvaror').check();
    await page.getByLabel('När något nytt kommer').check();
    await Promise.all([
      page.waitForURL(`${server.url}/prenumerera/tack/`),
      page.getByRole('button', { name: 'Prenumerera' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Kolla din e-post');
    expect((page as Page & { blocked: string[] }).blocked).toEqual([]);
    expect(describeViolations(await axeViolations(await open('/prenumerera/tack/', true)))).toBe('');

    const [mail] = (await mailsIn(process.env.DATA_DIR as string)).filter((m) => m.to === READER);
    const link = mail?.text.match(/https?:\/\/\S+\/api\/digest\/confirm\?token=\S+/)?.[0] as string;
    expect(link).toBeTruthy();
    await page.goto(link);
    // The link opens a page with a button: a mail scanner that follows links confirms nothing.
    expect(await page.locator('h1').textContent()).toBe('Bekräfta prenumerationen');
    await Promise.all([
      page.waitForURL(`${server.url}/prenumerera/bekraftad/`),
      page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Prenumerationen är bekräftad');
    const [row] = (await cms.strapi.db
      .query('api::subscription.subscription')
      .findMany({ where: { email: READER } })) as unknown as Record<string, unknown>[];
    expect(row).toMatchObject({ counties: ['23'], serviceAreas: ['dagligvaror'], frequency: 'immediate' });
    expect(row?.confirmedAt).toBeTruthy();
  });

  it('mails a matching funding call on the CMS’s own schedule once it is published', async () => {
    const [area] = (await cms.strapi
      .documents(serviceArea.uid)
      .findMany({ filters: { slug: 'dagligvaror' } })) as unknown as { documentId: string }[];
    const asSystem = cms.strapi.get('skb-system-writer') as <T>(name: string, work: () => Promise<T>) => Promise<T>;
    await asSystem('test', () =>
      cms.strapi.documents(fundingCall.uid).create({
        locale: 'sv',
        status: 'published',
        data: {
          title: 'Bygdepott för lanthandeln i Jämtland (exempel)',
          slug: 'bygdepott-for-lanthandeln-i-jamtland',
          summary: 'En påhittad utlysning som webbläsartestet publicerar.',
          body: 'Text.',
          opensAt: new Date(Date.now() - 86_400_000).toISOString(),
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          eligibleApplicants: ['ideell förening'],
          geography: 'län',
          counties: ['23'],
          serviceAreas: [area?.documentId],
        },
      }),
    );
    const digest = await waitUntil(
      'the scheduled digest has been mailed',
      async () =>
        (await mailsIn(process.env.DATA_DIR as string)).find((m) => m.to === READER && m.subject.startsWith('Nytt i')),
      30_000,
      250,
    );
    expect(digest.text).toContain('Bygdepott för lanthandeln i Jämtland (exempel)');
    expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // The mail's own link: a page with a button, which ends the subscription and lands on the site.
    const unsubscribe = digest.text.match(/https?:\/\/\S+\/api\/digest\/unsubscribe\?token=\S+/)?.[0] as string;
    expect(unsubscribe).toBeTruthy();
    const page = await open('/prenumerera/');
    await page.goto(unsubscribe);
    await Promise.all([
      page.waitForURL(`${server.url}/prenumerera/avslutad/`),
      page.getByRole('button', { name: 'Avsluta prenumerationen' }).click(),
    ]);
    const left = await cms.strapi.db.query('api::subscription.subscription').findMany({ where: { email: READER } });
    expect(left).toEqual([]);
  });

  it('has the English form and pages, and the county page links to the form', async () => {
    const english = await open('/en/subscribe/', true);
    expect(await english.locator('h1').textContent()).toBe('Subscribe to news from Servicekunskapsbanken');
    expect(await english.getByLabel('English').isChecked()).toBe(true);
    expect(describeViolations(await axeViolations(english))).toBe('');
    for (const path of ['/en/subscribe/unsubscribed/', '/prenumerera/avslutad/', '/prenumerera/bekraftad/']) {
      const page = await open(path, true);
      expect(describeViolations(await axeViolations(page)), path).toBe('');
    }
    const county = await open('/lan/jamtland/');
    await county.getByRole('link', { name: 'Prenumerera på ett utskick' }).first().click();
    expect(county.url()).toBe(`${server.url}/prenumerera/`);
  });
});
