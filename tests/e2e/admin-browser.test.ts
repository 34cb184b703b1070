// The editors' admin panel in Chromium: the real admin build served by the real Strapi (seeded, on
// SQLite), logged in as the local admin. An editor picks two municipalities by typing part of a name
// (one with the mouse, one with the keyboard) and saves: the stored codes are right. A wrong stored
// value shows as an error under the field instead of breaking the form. The list of case studies
// names each entry's place and marks overdue checks; the edit view speaks Swedish. The editor changes
// the summary, saves, and opens the preview: the site (built for the stack, served with its preview
// route) shows the draft inside the admin, with the banner. Then each editor role in its own
// browser: a Redaktör's publish of the unapproved change is refused in Swedish; with the edit view's
// review buttons a Granskare sends it back to utkast, the Redaktör sends it to review (by keyboard),
// and a Granskare approves it and publishes; a Länsredaktör of another county cannot open it.
import { caseStudy } from '@skb/content-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdminPanel, logInToAdmin } from '../support/admin.ts';
import { createAdminUser, TEST_PASSWORD } from '../support/admin-users.ts';
import { launchBrowser } from '../support/browser.ts';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { freePort } from '../support/ports.ts';
import { buildSite, type SiteBuild, type StaticServer, serveStatic } from '../support/site.ts';

const EDITOR = { email: 'redaktor@example.se', password: 'Redaktor1234567890ab' };
const SEEDED_TITLE = 'Sörsjön samlade servicen i lanthandeln';
const PREVIEW_SECRET = 'admin-browser-preview-secret-0123456789';

describe('the admin panel in a browser', () => {
  let cms: TestCms;
  let site: SiteBuild;
  let siteServer: StaticServer;
  let browser: Browser;
  let page: Page;
  let documentId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const buildMs = await buildAdminPanel();
    console.log(buildMs ? `admin panel built in ${(buildMs / 1000).toFixed(0)} s` : 'admin panel build is current');
    // The site's port is known before the CMS starts: its preview links point there.
    const sitePort = await freePort();
    cms = await startTestCms({
      database: 'sqlite',
      seed: true,
      admin: true,
      env: {
        STRAPI_ADMIN_EMAIL: EDITOR.email,
        STRAPI_ADMIN_PASSWORD: EDITOR.password,
        STRAPI_ADMIN_LANGUAGE: 'sv',
        PREVIEW_SECRET,
        PREVIEW_SITE_URL: `http://127.0.0.1:${sitePort}`,
      },
    });
    site = await buildSite({
      CMS_URL: cms.url,
      PUBLIC_CMS_URL: cms.url,
      SITE_URL: 'https://servicekunskapsbanken.example',
      SITE_PREVIEW_SERVER: '1',
    });
    if (site.code !== 0) throw new Error(`site build failed:\n${site.output}`);
    siteServer = await serveStatic(site.dir, {
      port: sitePort,
      preview: { cmsUrl: cms.url, secret: PREVIEW_SECRET, adminOrigin: cms.url },
    });
    const [entry] = await cms.strapi.documents(caseStudy.uid).findMany({
      filters: { title: SEEDED_TITLE },
      locale: 'sv',
      status: 'draft',
    });
    if (!entry) throw new Error(`the seed has no case study "${SEEDED_TITLE}"`);
    documentId = entry.documentId;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logInToAdmin(page, { url: cms.url, ...EDITOR });
    // The admin build alone took 8 to 10 minutes on the shared 2-core machine.
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await siteServer?.close();
    await site?.remove();
    await cms?.stop();
  });

  /** The page as Playwright sees it (its accessibility tree), for an error to say what was shown. */
  const pageTree = (page: Page) =>
    page
      .locator('body')
      .ariaSnapshot({ timeout: 5_000 })
      .catch((e: Error) => `(no snapshot: ${e.message})`);

  /**
   * Clicks the edit view's Spara. When it cannot (no such button for a minute), the error says what
   * the page showed instead, as the accessibility tree Playwright sees: an open dialog hides the rest.
   */
  const save = async (page: Page) => {
    try {
      await page.getByRole('button', { name: 'Spara' }).click({ timeout: 60_000 });
    } catch (error) {
      const snapshot = await pageTree(page);
      // The header and the form come first; the buttons of the side panel last.
      const shown = snapshot.length > 8_000 ? `${snapshot.slice(0, 3_000)}\n…\n${snapshot.slice(-5_000)}` : snapshot;
      throw new Error(`could not click Spara on ${page.url()}; the page showed:\n${shown}`, {
        cause: error,
      });
    }
  };

  const editView = () =>
    `${cms.url}/admin/content-manager/collection-types/${caseStudy.uid}/${documentId}?plugins[i18n][locale]=sv`;
  const storedDraft = async () =>
    (await cms.strapi.documents(caseStudy.uid).findOne({
      documentId,
      locale: 'sv',
      status: 'draft',
    })) as unknown as { municipalities: unknown };

  /**
   * Removes a chosen municipality with its tag's button, as an editor does. A removal made just after
   * the edit view opened was sometimes lost (Spara stayed disabled; 2 of 4 runs on 2026-12-02, cause
   * not proven: perhaps the form reset with the document fetched again; in CI on 2026-12-02, beside
   * another test file, all three tries were lost). Each try waits until the edit view has no request
   * in flight, then removes; the removal is made again, in a freshly opened edit view, until it
   * holds: the tag gone, Spara enabled.
   */
  const removeTag = async (page: Page, name: string) => {
    const tag = page.getByRole('button', { name });
    const saveEnabled = page.getByRole('button', { name: 'Spara', disabled: false });
    const tries = 5;
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (attempt > 1) {
        // Open the edit view afresh: whatever state the form was left in, it starts from the stored draft.
        await page.goto(editView());
        await page.getByRole('combobox', { name: 'Kommuner' }).waitFor({ timeout: 60_000 });
      }
      // The document and its relations read; a form that resets once they arrive does so before the click.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      if (await tag.isVisible()) {
        await tag.click();
        await tag.waitFor({ state: 'detached' });
      }
      const held = await saveEnabled
        .waitFor({ timeout: 15_000 })
        .then(async () => !(await tag.isVisible()))
        .catch(() => false);
      if (held) return;
    }
    const snapshot = await pageTree(page);
    throw new Error(
      `removing "${name}" did not hold: after ${tries} tries the tag is back or Spara is disabled; the page ends with:\n${snapshot.slice(-5_000)}`,
    );
  };

  it('picks two municipalities by typing part of their names, and saves their codes', async () => {
    await page.goto(editView());
    const picker = page.getByRole('combobox', { name: 'Kommuner' });
    await picker.waitFor({ timeout: 60_000 });
    // The seeded entry is in Älvdalen: it shows as a chosen tag, not as a code.
    await expect(page.getByRole('button', { name: 'Ta bort Älvdalen, Dalarnas län' }).isVisible()).resolves.toBe(true);

    // "mor" also finds Mörbylånga and Hedemora: the list narrows as the editor types.
    await picker.pressSequentially('mor');
    await page.getByRole('option', { name: 'Mora, Dalarnas län', exact: true }).click();
    await picker.pressSequentially('orsa, d');
    await page.getByRole('option', { name: 'Orsa, Dalarnas län', exact: true }).click();
    await page.getByRole('button', { name: 'Ta bort Orsa, Dalarnas län' }).waitFor();

    await save(page);
    await expect
      .poll(async () => (await storedDraft()).municipalities, { timeout: 20_000 })
      .toEqual(['2039', '2062', '2034']);
    expect(pageErrors).toEqual([]);
  });

  it('removes a municipality with its tag’s button', async () => {
    await page.goto(editView());
    await page.getByRole('combobox', { name: 'Kommuner' }).waitFor({ timeout: 60_000 });
    await removeTag(page, 'Ta bort Mora, Dalarnas län');
    await save(page);
    await expect.poll(async () => (await storedDraft()).municipalities, { timeout: 20_000 }).toEqual(['2039', '2034']);
  });

  it('shows a wrong stored value as an error in the field, not a broken form', async () => {
    // Past the Document Service's validation, as an old import or a hand-edited database would be.
    await cms.strapi.db.query(caseStudy.uid).updateMany({
      where: { documentId, locale: 'sv', publishedAt: null },
      data: { municipalities: ['2039', '9999'] },
    });
    await page.goto(editView());
    await page.getByText('Okänt värde i listan: "9999"', { exact: false }).waitFor({ timeout: 60_000 });
    await expect(page.getByRole('combobox', { name: 'Kommuner' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Ta bort Älvdalen, Dalarnas län' }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('speaks Swedish on the edit view', async () => {
    await page.goto(editView());
    await page.getByRole('combobox', { name: 'Kommuner' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Spara' }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text an editor sees
    const text = await page.locator('body').innerText();
    for (const swedish of ['Senast kontrollerad', 'Spara', 'Kommuner']) expect(text).toContain(swedish);
    for (const english of ['Save', 'Publish']) expect(text).not.toMatch(new RegExp(`\\b${english}\\b`));
  });

  it('lists case studies with their place and an overdue mark', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${caseStudy.uid}?plugins[i18n][locale]=sv`);
    const table = page.getByRole('grid');
    await table.waitFor({ timeout: 60_000 });
    const row = table.getByRole('row').filter({ hasText: SEEDED_TITLE });
    await row.waitFor({ timeout: 60_000 });
    // The list's CSS upper-cases its headers: read the text as written.
    const header = (await table.getByRole('row').first().textContent()) ?? '';
    expect(header).toContain('Plats');
    expect(header).toContain('Senast kontrollerad');
    // The entry's place by name, not by code; the wrong code from the test above is flagged.
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Älvdalen (fel värde)');
    expect(text).not.toContain('2039');
  });

  it('shows the saved draft on the site from the edit view’s preview, with the banner', async () => {
    const draftSummary = 'Förhandsvisat utkast: lanthandeln i Sörsjön får ett apoteksombud i vår.';
    // The test above left a wrong code in the draft, which the form would refuse to save.
    await cms.strapi.db.query(caseStudy.uid).updateMany({
      where: { documentId, locale: 'sv', publishedAt: null },
      data: { municipalities: ['2039'] },
    });
    await page.goto(editView());
    const summary = page.getByRole('textbox', { name: /^Sammanfattning/ });
    await summary.waitFor({ timeout: 60_000 });
    await summary.fill(draftSummary);
    await save(page);
    await expect
      .poll(async () => ((await storedDraft()) as unknown as { summary: string }).summary, { timeout: 20_000 })
      .toBe(draftSummary);

    await page.getByRole('link', { name: 'Förhandsvisa' }).click();
    await page.waitForURL(/\/preview/, { timeout: 60_000 });
    const frame = page.frameLocator('iframe');
    await frame.getByText('Förhandsvisning – inte publicerat').waitFor({ timeout: 60_000 });
    await expect(frame.getByText(draftSummary).isVisible()).resolves.toBe(true);
    await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(SEEDED_TITLE);
    // The frame's address is the site's preview route, signed by the CMS.
    const src = (await page.locator('iframe').getAttribute('src')) ?? '';
    expect(src).toMatch(new RegExp(`^${siteServer.url}/forhandsvisning/\\?type=api%3A%3Acase-study`));
    expect(src).toContain('status=draft');
    // The same link changed by hand (to another version) is refused.
    const changed = new URL(src);
    changed.searchParams.set('status', 'published');
    expect((await fetch(changed)).status).toBe(401);
    expect(pageErrors).toEqual([]);
  });

  describe('as each editor role', () => {
    const ROLES = {
      redaktor: { email: 'redaktor2@example.se', roleCode: 'skb-redaktor' },
      granskare: { email: 'granskare@example.se', roleCode: 'skb-granskare' },
      lans: { email: 'lans@example.se', roleCode: 'skb-lansredaktor' },
    } as const;
    const pages = new Map<string, Page>();

    beforeAll(async () => {
      for (const user of Object.values(ROLES)) {
        const id = await createAdminUser(cms.strapi, user);
        // Their admin in Swedish, as the local admin's (STRAPI_ADMIN_LANGUAGE).
        await cms.strapi.db.query('admin::user').update({ where: { id }, data: { preferedLanguage: 'sv' } });
      }
      // Västerbotten (24) is the county editor's; the entry is in Dalarna (20).
      await cms.strapi
        .documents('api::county-editor.county-editor')
        .create({ data: { email: ROLES.lans.email, counties: ['24'] } });
      for (const [name, user] of Object.entries(ROLES)) {
        // Each user in a browser context of their own: their own login, their own cookies.
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'sv-SE' });
        await context.addInitScript(() => localStorage.setItem('strapi-admin-language', 'sv'));
        const own = await context.newPage();
        own.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
        await logInToAdmin(own, { url: cms.url, email: user.email, password: TEST_PASSWORD });
        pages.set(name, own);
      }
    }, 300_000);

    const as = (name: keyof typeof ROLES) => pages.get(name) as Page;
    const storedPublished = async () =>
      (await cms.strapi.documents(caseStudy.uid).findOne({
        documentId,
        locale: 'sv',
        status: 'published',
      })) as unknown as { summary: string } | null;

    it('refuses a Redaktör’s publish of a change nobody approved, in Swedish', async () => {
      const page = as('redaktor');
      await page.goto(editView());
      await page.getByRole('button', { name: 'Publicera' }).click();
      await page.getByText('Posten kan inte publiceras', { exact: false }).first().waitFor({ timeout: 60_000 });
      expect((await storedPublished())?.summary).not.toMatch(/^Förhandsvisat utkast/);
    });

    // The review buttons sit in the side panel's menu of more actions, after Publicera and Spara.
    const openMoreActions = async (page: Page) => {
      const more = page.getByRole('button', { name: 'Fler åtgärder för posten' });
      await more.waitFor({ timeout: 60_000 });
      await more.focus();
      await page.keyboard.press('Enter');
    };
    const storedReviewState = async () => ((await storedDraft()) as unknown as { reviewState: string }).reviewState;

    it('lets a Granskare send the change back to utkast with the button', async () => {
      // The edit in the preview test sent the approved seed entry back to review.
      expect(await storedReviewState()).toBe('för granskning');
      const page = as('granskare');
      await page.goto(editView());
      await openMoreActions(page);
      await page.getByRole('menuitem', { name: 'Godkänn' }).waitFor();
      await page.getByRole('menuitem', { name: 'Skicka tillbaka' }).click();
      await page.getByText('Posten är skickad tillbaka till utkast').first().waitFor({ timeout: 30_000 });
      await expect.poll(storedReviewState, { timeout: 20_000 }).toBe('utkast');
    });

    it('lets a Redaktör send the change to review with the keyboard, with the review field read-only', async () => {
      const page = as('redaktor');
      await page.goto(editView());
      const state = page.getByRole('combobox', { name: /^Granskning/ });
      await state.waitFor({ timeout: 60_000 });
      await expect(state.isDisabled()).resolves.toBe(true);
      await openMoreActions(page);
      const submit = page.getByRole('menuitem', { name: 'Skicka till granskning' });
      await submit.waitFor();
      // Approving and sending back are a Granskare's: not offered to a Redaktör.
      await expect(page.getByRole('menuitem', { name: 'Godkänn' }).count()).resolves.toBe(0);
      await expect(page.getByRole('menuitem', { name: 'Skicka tillbaka' }).count()).resolves.toBe(0);
      for (let i = 0; i < 10 && !(await submit.evaluate((item) => item === document.activeElement)); i++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.getByText('Posten är skickad till granskning').first().waitFor({ timeout: 30_000 });
      await expect.poll(storedReviewState, { timeout: 20_000 }).toBe('för granskning');
      // The form shows the new state without a reload.
      await expect.poll(() => state.textContent(), { timeout: 20_000 }).toMatch(/för granskning/i);
    });

    it('lets a Granskare approve the change with the button and publish it', async () => {
      const page = as('granskare');
      await page.goto(editView());
      await openMoreActions(page);
      await page.getByRole('menuitem', { name: 'Godkänn' }).click();
      await page.getByText('Posten är godkänd och kan publiceras').first().waitFor({ timeout: 30_000 });
      await expect.poll(storedReviewState, { timeout: 20_000 }).toBe('godkänd');
      await page.getByRole('button', { name: 'Publicera' }).click();
      await expect
        .poll(async () => (await storedPublished())?.summary, { timeout: 30_000 })
        .toMatch(/^Förhandsvisat utkast/);
    });

    it('does not let a Länsredaktör of another county open the entry', async () => {
      const page = as('lans');
      await page.goto(editView());
      await page.getByText('Posten hör till ett annat län', { exact: false }).first().waitFor({ timeout: 60_000 });
      await expect(page.getByRole('textbox', { name: /^Sammanfattning/ }).count()).resolves.toBe(0);
      expect(pageErrors).toEqual([]);
    });
  });
});
