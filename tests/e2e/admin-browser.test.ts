// The editors' admin panel in Chromium: the real admin build served by the real Strapi (seeded, on
// SQLite), logged in as the local admin. An editor picks two municipalities by typing part of a name
// (one with the mouse, one with the keyboard) and saves: the stored codes are right. A wrong stored
// value shows as an error under the field instead of breaking the form. The list of case studies
// names each entry's place and marks overdue checks; the edit view speaks Swedish.
import { caseStudy } from '@skb/content-types';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdminPanel, logInToAdmin } from '../support/admin.ts';
import { launchBrowser } from '../support/browser.ts';
import { startTestCms, type TestCms } from '../support/cms.ts';

const EDITOR = { email: 'redaktor@example.se', password: 'Redaktor1234567890ab' };
const SEEDED_TITLE = 'Sörsjön samlade servicen i lanthandeln';

describe('the admin panel in a browser', () => {
  let cms: TestCms;
  let browser: Browser;
  let page: Page;
  let documentId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const buildMs = await buildAdminPanel();
    console.log(buildMs ? `admin panel built in ${(buildMs / 1000).toFixed(0)} s` : 'admin panel build is current');
    cms = await startTestCms({
      database: 'sqlite',
      seed: true,
      admin: true,
      env: { STRAPI_ADMIN_EMAIL: EDITOR.email, STRAPI_ADMIN_PASSWORD: EDITOR.password, STRAPI_ADMIN_LANGUAGE: 'sv' },
    });
    const [entry] = await cms.strapi.documents(caseStudy.uid as never).findMany({
      filters: { title: SEEDED_TITLE },
      locale: 'sv',
      status: 'draft',
    } as never);
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
    await cms?.stop();
  });

  const editView = () =>
    `${cms.url}/admin/content-manager/collection-types/${caseStudy.uid}/${documentId}?plugins[i18n][locale]=sv`;
  const storedDraft = async () =>
    (await cms.strapi.documents(caseStudy.uid as never).findOne({
      documentId,
      locale: 'sv',
      status: 'draft',
    } as never)) as unknown as { municipalities: unknown };

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

    await page.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(async () => (await storedDraft()).municipalities, { timeout: 20_000 })
      .toEqual(['2039', '2062', '2034']);
    expect(pageErrors).toEqual([]);
  });

  it('removes a municipality with its tag’s button', async () => {
    await page.goto(editView());
    await page.getByRole('button', { name: 'Ta bort Mora, Dalarnas län' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(async () => (await storedDraft()).municipalities, { timeout: 20_000 }).toEqual(['2039', '2034']);
  });

  it('shows a wrong stored value as an error in the field, not a broken form', async () => {
    // Past the Document Service's validation, as an old import or a hand-edited database would be.
    await cms.strapi.db.query(caseStudy.uid as never).updateMany({
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
});
