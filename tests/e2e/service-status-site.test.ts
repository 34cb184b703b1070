// The service-status pages built from the real CMS: service plans and coordinators published (and
// one left as a draft), the site built, then read file by file and in Chromium. The tracker's map
// has all 290 municipalities, each a named link to a page that exists, and the page stays under
// 300 kB; its shares equal what the public API counts; the municipality and county pages show the
// status; the municipality open data has every municipality; axe finds nothing on the new pages.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { goal, type ServiceCoordinator, type ServicePlan, serviceCoordinator, servicePlan } from '@skb/content-types';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../support/browser.ts';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { buildSite, builtFiles, type SiteBuild, type StaticServer, serveStatic } from '../support/site.ts';

// The build's clock: plans adopted 2022-12-01 or later are current, earlier ones overdue.
const SITE_NOW = '2026-11-30T12:00:00.000Z';
const MAX_PAGE_BYTES = 300 * 1024;

const plan = (municipality: string, adoptedAt: string, over: Record<string, unknown> = {}) => ({
  title: `Serviceplan ${municipality} (exempeldata)`,
  summary: 'Exempeldata som testet skapar.',
  body: 'Planen tar upp dagligvaror och ombud.',
  municipality,
  adoptedAt,
  madeWithLocalGroups: true,
  localGroupsHow: 'Dialogmöten i byarna.',
  documentUrl: 'https://example.se/plan.pdf',
  source: 'Kommunens webbplats',
  sourceCheckedAt: '2026-10-01',
  ...over,
});

const coordinator = (municipalities: string[], roleTitle = 'Landsbygdsutvecklare') => ({
  title: `${roleTitle} ${municipalities.join(' ')} (exempeldata)`,
  summary: 'Exempeldata som testet skapar.',
  body: 'Tjänsten samordnar lokal service.',
  municipalities,
  roleTitle,
  unit: 'Näringslivsenheten',
  mandate: 'Samordnar serviceplanen.',
  fullTimePercent: 40,
  contactEmail: 'landsbygd@example.se',
});

describe('the service-status pages built from the CMS', () => {
  let cms: TestCms;
  let site: SiteBuild;
  let server: StaticServer;
  let browser: Browser;
  let files: string[];
  const read = (file: string) => readFile(path.join(site.dir, file), 'utf8');

  beforeAll(async () => {
    cms = await startTestCms({ database: 'sqlite' });
    const create = async (uid: string, data: object, publish = true) => {
      const created = (await cms.strapi.documents(uid as never).create({ data } as never)) as { documentId: string };
      if (publish) await cms.strapi.documents(uid as never).publish({ documentId: created.documentId } as never);
    };
    await create(servicePlan.uid, plan('2039', '2019-05-20', { revisedAt: '2024-02-12' })); // Älvdalen: revised
    await create(servicePlan.uid, plan('2023', '2021-03-01')); // Malung-Sälen: overdue
    await create(servicePlan.uid, plan('2463', '2025-01-15', { madeWithLocalGroups: false, localGroupsHow: null })); // Åsele
    await create(servicePlan.uid, plan('0180', '2025-06-01'), false); // a draft: Stockholm stays without a plan
    await create(serviceCoordinator.uid, coordinator(['2039', '2023'])); // shared
    await create(serviceCoordinator.uid, coordinator(['2463'], 'Servicesamordnare'));
    await create(serviceCoordinator.uid, coordinator(['0180']), false);
    // The network's goal 2, measured from the service status rather than typed at the meetings.
    await create(goal.uid, {
      title: 'Varje kommun har en servicesamordnare',
      slug: 'varje-kommun-har-en-servicesamordnare',
      summary: 'Exempeldata som testet skapar.',
      body: 'Målet mäts från servicestatus.',
      goalSet: 'mål för service i Sverige',
      position: 2,
      indicator: {
        measure: 'Kommuner med servicesamordnare',
        unit: 'kommuner',
        targetValue: 290,
        measuredFrom: 'servicesamordnare',
      },
    });
    site = await buildSite({
      CMS_URL: cms.url,
      PUBLIC_CMS_URL: cms.url,
      SITE_URL: 'https://servicekunskapsbanken.example',
      SITE_NOW,
    });
    if (site.code !== 0) throw new Error(`site build failed:\n${site.output}`);
    files = await builtFiles(site.dir);
    server = await serveStatic(site.dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
    await cms?.stop();
  });

  it('draws 290 municipalities on the map, each a named link to its page, and stays under 300 kB', async () => {
    for (const page of ['servicestatus/index.html', 'en/service-status/index.html']) {
      const html = await read(page);
      const shapes = [
        ...html.matchAll(
          /<a href="([^"]+)" aria-label="([^"]+)" data-code="(\d{4})"><path class="st-[a-z]+" d="M[^"]+"><title>/g,
        ),
      ];
      expect(shapes).toHaveLength(290);
      expect(new Set(shapes.map((shape) => shape[3])).size).toBe(290);
      for (const [, href, label] of shapes) {
        expect(files).toContain(`${href?.replace(/^\//, '')}index.html`);
        expect(label).toMatch(/^[^:]+: .+/);
      }
      const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((match) => match[1] as string);
      const sizes = await Promise.all([page, ...css].map(async (file) => (await stat(path.join(site.dir, file))).size));
      const total = sizes.reduce((sum, size) => sum + size, 0);
      console.log(`${page}: ${(total / 1024).toFixed(0)} kB with its CSS`);
      expect(total).toBeLessThan(MAX_PAGE_BYTES);
    }
    const html = await read('servicestatus/index.html');
    expect(html).toContain('aria-label="Älvdalen: Reviderad 2024"');
    expect(html).toContain('aria-label="Malung-Sälen: Revidering försenad (antagen 2021)"');
    expect(html).toContain('aria-label="Stockholm: Ingen känd plan"');
  });

  it('shows shares that equal what the public API counts', async () => {
    const plans = (await cms.get('/api/service-plans?pagination[pageSize]=100')).body.data as ServicePlan[];
    const coordinators = (await cms.get('/api/service-coordinators?pagination[pageSize]=100')).body
      .data as ServiceCoordinator[];
    const withCoordinator = new Set(coordinators.flatMap((c) => c.municipalities)).size;
    // Current: the latest decision less than four years before the build's day.
    const withCurrentPlan = plans.filter((p) => (p.revisedAt ?? p.adoptedAt) >= '2022-11-30').length;
    expect([withCoordinator, withCurrentPlan]).toEqual([3, 2]);
    const html = await read('servicestatus/index.html');
    const shares = html.slice(html.indexOf('id="national-shares"'));
    const counts = [...shares.matchAll(/data-count="(\d+)"/g)].slice(0, 2).map((match) => Number(match[1]));
    expect(counts).toEqual([withCoordinator, withCurrentPlan]);
    // The same count is the measured value of the goal it measures, on the goal's page and the
    // network's page, and the tracker links the share to that goal.
    for (const page of ['malbilder/varje-kommun-har-en-servicesamordnare/index.html', 'natverket/index.html']) {
      expect((await read(page)).match(/data-measured="(\d+)"/)?.[1], page).toBe(String(withCoordinator));
    }
    expect(shares).toContain('href="/malbilder/varje-kommun-har-en-servicesamordnare/"');
  });

  it('puts the service status at the top of a municipality page and a status table on its county page', async () => {
    const alvdalen = await read('kommun/alvdalen/index.html');
    const status = alvdalen.indexOf('id="service-status"');
    expect(status).toBeGreaterThan(0);
    expect(status).toBeLessThan(alvdalen.indexOf('id="neighbours"'));
    const section = alvdalen.slice(status, alvdalen.indexOf('</section>', status));
    expect(section).toContain('Reviderad 2024');
    expect(section).toContain('Landsbygdsutvecklare</a>, Näringslivsenheten');
    expect(section).toMatch(/href="\/serviceplaner\/serviceplan-2039-exempeldata\/"/);
    expect(await read('kommun/stockholm/index.html')).toContain('Ingen känd plan');
    const dalarna = await read('lan/dalarna/index.html');
    expect(dalarna.slice(dalarna.indexOf('id="county-statuses"')).match(/<tr><th scope="row">/g)).toHaveLength(15);
    // Swedish per cent has a no-break space before the sign.
    expect(dalarna).toMatch(/id="county-shares"[\s\S]*?13\s%[\s\S]*?7\s%/);
  });

  it('exports every municipality with SCB codes, plan status and coordinator, and no contact', async () => {
    const csvText = await read('data/kommuner.csv');
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    expect(csvText.startsWith('\ufeff')).toBe(true);
    const lines = csvText.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(291);
    expect(lines[0]).toBe(
      'municipalityCode,municipalityName,countyCode,countyName,planStatus,planAdopted,planRevised,planRevisionDue,madeWithLocalGroups,planUrl,hasCoordinator,coordinatorRoles,coordinatorUnits',
    );
    expect(lines.find((line) => line.startsWith('2023,'))).toMatch(
      /^2023,Malung-Sälens kommun,20,Dalarnas län,försenad,2021-03-01,,2025-03-01,true,https:\/\/.+,true,/,
    );
    const json = JSON.parse(await read('data/kommuner.json'));
    expect(json.count).toBe(290);
    expect(json.municipalities.find((m: { municipalityCode: string }) => m.municipalityCode === '0180')).toMatchObject({
      planStatus: 'ingen',
      hasCoordinator: false,
    });
    expect(csvText + JSON.stringify(json)).not.toContain('@');
  });

  it('has no axe violations on the tracker, a county and a municipality page, and entry pages', async () => {
    const failures: string[] = [];
    for (const url of [
      '/servicestatus/',
      '/en/service-status/',
      '/lan/dalarna/',
      '/kommun/alvdalen/',
      '/serviceplaner/serviceplan-2039-exempeldata/',
      '/servicesamordnare/',
    ]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}${url}`);
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(`${url}\n${describeViolations(violations)}`);
      await page.close();
    }
    expect(failures.join('\n\n')).toBe('');
  });

  it('sorts the county table by a column on a click', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/lan/dalarna/`);
    await page.locator('#county-statuses th button', { hasText: 'Planstatus' }).click();
    const first = await page.locator('#county-statuses tbody tr th').first().textContent();
    expect(first).toBe('Älvdalen');
    await page.locator('#county-statuses th button', { hasText: 'Planstatus' }).click();
    expect(await page.locator('#county-statuses thead th').nth(1).getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });
});
