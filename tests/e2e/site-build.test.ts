// The public site built from the real, seeded Strapi, checked file by file: a page for every
// published entry in both languages, every page with its title, description, one h1, landmarks and
// skip link, no JavaScript where there is no island, no link to a page that does not exist, no
// secret in any file, feeds and open data that match the content; and a build that stops, with one
// line, when the CMS is down or serves an invalid entry, leaving the last good site in place.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { entryPath, PUBLIC_TYPES } from '@skb/content-types';
import ICAL from 'ical.js';
import RssParser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { freePort } from '../support/ports.ts';
import { buildSite, builtFiles, type SiteBuild, serveStatic } from '../support/site.ts';

const SITE_URL = 'https://servicekunskapsbanken.example';
/** Pages with a (Preact) island; every other page must ship no script at all. */
const ISLAND_PAGES = ['sok/index.html', 'en/search/index.html', 'fraga/index.html', 'en/ask/index.html'];
/** Pages whose service-status tables sort on a click (readable without it): one small script. */
const SORTABLE_PAGE = /^(?:lan|en\/county)\/[^/]+\/index\.html$|^(?:servicestatus|en\/service-status)\/index\.html$/;

interface Published {
  type: string;
  slug: string;
  locale: string;
  title: string;
  documentId: string;
}

async function published(cms: TestCms): Promise<Published[]> {
  const all: Published[] = [];
  for (const type of PUBLIC_TYPES) {
    for (const locale of ['sv', 'en']) {
      for (let page = 1; ; page++) {
        const { body } = await cms.get(
          `/api/${type.pluralName}?locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`,
        );
        for (const entry of body.data)
          all.push({ type: type.name, locale, slug: entry.slug, title: entry.title, documentId: entry.documentId });
        if (page >= body.meta.pagination.pageCount) break;
      }
    }
  }
  return all;
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe('the site built from the seeded CMS', () => {
  let cms: TestCms;
  let site: SiteBuild;
  let files: string[];
  let pages: string[];
  let entries: Published[];
  const secrets: Record<string, string> = {};
  const html = new Map<string, string>();
  const read = async (file: string) => {
    let text = html.get(file);
    if (text === undefined) {
      text = await readFile(path.join(site.dir, file), 'utf8');
      html.set(file, text);
    }
    return text;
  };

  beforeAll(async () => {
    cms = await startTestCms({ database: 'sqlite', seed: true });
    secrets.writeToken = await cms.apiToken('full-access');
    secrets.masterKey = randomBytes(24).toString('base64url');
    for (const name of ['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY']) {
      secrets[name] = process.env[name] ?? '';
    }
    entries = await published(cms);
    // The build's environment holds what a careless site could leak: the master key and a write token.
    site = await buildSite({
      CMS_URL: cms.url,
      PUBLIC_CMS_URL: cms.url,
      SITE_URL,
      PUBLIC_MEILI_HOST: 'http://127.0.0.1:7700',
      PUBLIC_MEILI_SEARCH_KEY: 'a-search-only-key',
      MEILI_MASTER_KEY: secrets.masterKey,
      CMS_API_TOKEN: secrets.writeToken,
      STRAPI_API_TOKEN: secrets.writeToken,
    });
    if (site.code !== 0) throw new Error(`site build failed:\n${site.output}`);
    files = await builtFiles(site.dir);
    pages = files.filter((file) => file.endsWith('.html'));
  });

  afterAll(async () => {
    await site?.remove();
    await cms?.stop();
  });

  it('builds and says how many pages, how fast and with how much memory', () => {
    expect(site.output).toMatch(/site built \(full\): \d+ pages in [\d.]+ s \(\d+ pages\/s\), peak memory \d+ MB/);
    console.log(site.output.trim().split('\n').at(-1));
  });

  it('has a page for every published entry, in each of its languages, with its title', async () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.some((entry) => entry.locale === 'en')).toBe(true);
    for (const entry of entries) {
      const file = `${entryPath({ type: entry.type as never, slug: entry.slug, locale: entry.locale }).slice(1)}index.html`;
      expect(files, file).toContain(file);
      const page = await read(file);
      expect(decode(page.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? ''), file).toBe(entry.title);
      expect(page, file).toMatch(new RegExp(`<html lang="${entry.locale}">`));
    }
  });

  it('has every section, place and service page, in Swedish and English', () => {
    const expected = [
      'index.html',
      'en/index.html',
      'sok/index.html',
      'en/search/index.html',
      'karta/index.html',
      'en/map/index.html',
      'lan/dalarna/index.html',
      'en/county/vastra-gotaland/index.html',
      'kommun/alvdalen/index.html',
      'kommun/habo/index.html',
      'kommun/habo-jonkoping/index.html',
      'en/municipality/are/index.html',
      'kalender/index.html',
      'en/calendar/index.html',
      'statistik/index.html',
      'en/statistics/index.html',
      'fragor/index.html',
      'en/questions/index.html',
      'fraga/index.html',
      'en/ask/index.html',
      'om/index.html',
      'en/about/index.html',
      'tillganglighet/index.html',
      'en/accessibility/index.html',
      'oppna-data/index.html',
      'en/open-data/index.html',
      'servicestatus/index.html',
      'en/service-status/index.html',
      'data/kommuner.csv',
      'data/kommuner.json',
      '404.html',
      'omrade/drivmedel/index.html',
      'en/area/fuel/index.html',
      'utlysningar/status/oppna/index.html',
      'metoder/omrade/dagligvaror/index.html',
      'exempel/lan/dalarna/index.html',
      ...PUBLIC_TYPES.flatMap((type) => [`${type.path.sv}/index.html`, `en/${type.path.en}/index.html`]),
    ];
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith('kommun/') && file.endsWith('index.html')).length).toBe(291);
  });

  it('gives every page a title, a description, one h1, landmarks and a skip link to the main content', async () => {
    const problems: string[] = [];
    for (const file of pages) {
      const page = await read(file);
      const say = (what: string) => problems.push(`${file}: ${what}`);
      if (!/<title>[^<]{3,}<\/title>/.test(page)) say('no title');
      if (!/<meta name="description" content="[^"]{20,}"/.test(page)) say('no description');
      if ((page.match(/<h1[\s>]/g) ?? []).length !== 1) say(`${(page.match(/<h1[\s>]/g) ?? []).length} h1`);
      if (!/<html lang="(sv|en)">/.test(page)) say('no lang');
      for (const landmark of ['<header', '<nav', '<main id="main"', '<footer'])
        if (!page.includes(landmark)) say(`no ${landmark}`);
      if (!/<body>\s*<a class="skip-link" href="#main">/.test(page)) say('skip link is not first');
    }
    expect(problems).toEqual([]);
  });

  it('gives pages unique titles', async () => {
    const titles = new Map<string, string[]>();
    for (const file of pages) {
      const title = (await read(file)).match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      titles.set(title, [...(titles.get(title) ?? []), file]);
    }
    expect([...titles].filter(([, list]) => list.length > 1)).toEqual([]);
  });

  it('ships no JavaScript on pages without an island, and only island code on the others', async () => {
    const withScript: string[] = [];
    for (const file of pages) if (/<script/i.test(await read(file)) && !SORTABLE_PAGE.test(file)) withScript.push(file);
    expect(withScript.sort()).toEqual([...ISLAND_PAGES].sort());
    expect(files.filter((file) => file.endsWith('.js')).every((file) => file.startsWith('_astro/'))).toBe(true);
  });

  it('links only to pages and files that exist', async () => {
    const missing = new Set<string>();
    for (const file of pages) {
      for (const match of (await read(file)).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        const target =
          decode(match[1] ?? '')
            .split('#')[0]
            ?.split('?')[0] ?? '';
        if (!target || target.startsWith('//')) continue;
        const candidate = target.endsWith('/') ? `${target.slice(1)}index.html` : target.slice(1);
        if (!files.includes(candidate)) missing.add(`${target} (from ${file})`);
      }
    }
    expect([...missing].slice(0, 20)).toEqual([]);
  });

  it('contains no master key, write token or CMS secret in any file', async () => {
    const leaks: string[] = [];
    for (const file of files) {
      const content = await readFile(path.join(site.dir, file), 'utf8');
      for (const [name, secret] of Object.entries(secrets))
        if (secret.length >= 8 && content.includes(secret)) leaks.push(`${name} in ${file}`);
    }
    expect(Object.keys(secrets).length).toBeGreaterThanOrEqual(6);
    expect(leaks).toEqual([]);
  });

  it('marks Swedish entries on English pages with lang="sv"', async () => {
    const page = await read('en/methods/index.html');
    const swedishOnly = entries.filter(
      (e) =>
        e.type === 'method' &&
        e.locale === 'sv' &&
        !entries.some((o) => o.documentId === e.documentId && o.locale === 'en'),
    );
    expect(swedishOnly.length).toBeGreaterThan(0);
    expect(page).toMatch(/<a href="\/metoder\/[^"]+\/" lang="sv">/);
    expect(page).toContain('In Swedish');
  });

  it('shows a funding call’s deadline as a Swedish date with days left, and says when the page was built', async () => {
    const open = files.find((file) => file.startsWith('utlysningar/status/oppna/') && file.endsWith('index.html'));
    expect(open).toBeDefined();
    const page = await read(open as string);
    expect(page).toMatch(
      /sista dag \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/,
    );
    expect(page).toMatch(/\d+ dagar? kvar|Sista dagen i dag/);
    expect(page).toMatch(/Status och dagar kvar gäller när sidan byggdes:/);
  });

  it('lists a municipality’s neighbours (Grannkommuner) with links to their pages', async () => {
    const page = await read('kommun/alvdalen/index.html');
    expect(page).toContain('Grannkommuner');
    for (const neighbour of ['mora', 'malung-salen', 'harjedalen'])
      expect(page).toContain(`href="/kommun/${neighbour}/"`);
  });

  it('draws the county map at build time as SVG links to every county', async () => {
    const page = await read('karta/index.html');
    const links = [...page.matchAll(/<a href="(\/lan\/[a-z-]+\/)" aria-label="[^"]+"><path d="M/g)].map((m) => m[1]);
    expect(new Set(links).size).toBe(21);
  });

  it('draws statistics as SVG with the numbers in tables', async () => {
    const page = await read('statistik/index.html');
    // Charts are hidden from screen readers, each with its numbers in a table beside it (other
    // decorative SVG on the page is hidden too, so there are at least as many hidden SVGs as tables).
    const tables = (page.match(/<div class="visually-hidden"><table>/g) ?? []).length;
    expect(tables).toBeGreaterThanOrEqual(8);
    expect((page.match(/<svg[^>]*aria-hidden="true"/g) ?? []).length).toBeGreaterThanOrEqual(tables);
  });

  it('sorts place names the Swedish way', async () => {
    const page = await read('karta/index.html');
    const names = [...page.matchAll(/<th scope="row"><a href="\/lan\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names.at(-1)).toBe('Östergötlands län');
    expect(names.indexOf('Örebro län')).toBeGreaterThan(names.indexOf('Västra Götalands län'));
  });

  const parseRss = (file: string) => read(file).then((xml) => new RssParser().parseString(xml));
  const parseIcal = (file: string) => read(file).then((text) => new ICAL.Component(ICAL.parse(text)));
  const pathOf = (link: string | undefined) => new URL(link ?? '', SITE_URL).pathname;

  it('writes RSS feeds for everything and per type, with absolute links, that a feed reader parses', async () => {
    for (const file of [
      'rss.xml',
      'en/rss.xml',
      ...PUBLIC_TYPES.flatMap((type) => [`${type.path.sv}/rss.xml`, `en/${type.path.en}/rss.xml`]),
    ]) {
      expect(files, file).toContain(file);
    }
    const feed = await parseRss('metoder/rss.xml');
    expect(feed.link).toBe(`${SITE_URL}/metoder/`);
    expect(feed.items.length).toBeGreaterThan(5);
    for (const item of feed.items) expect(item.link?.startsWith(`${SITE_URL}/metoder/`), item.link).toBe(true);
  });

  it('publishes the helpdesk’s answers at stable anchors, on the municipality pages they concern, and as RSS', async () => {
    const faqPage = await read('fragor/index.html');
    const anchors = [...faqPage.matchAll(/<section class="card" id="(fraga-[A-Za-z0-9]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(7);
    // The answer's linked method is a link to its page.
    expect(faqPage).toMatch(/Metoder i svaret: <a href="\/metoder\/[a-z0-9-]+\/"/);
    // Strömsund's page lists the answer that concerns it, linking to its anchor.
    const stromsund = await read('kommun/stromsund/index.html');
    const linked = [...stromsund.matchAll(/href="\/fragor\/#(fraga-[A-Za-z0-9]+)"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    for (const anchor of linked) expect(anchors).toContain(anchor);
    // A municipality no answer concerns has no such section.
    expect(await read('kommun/stockholm/index.html')).not.toContain('href="/fragor/#');
    for (const [file, page] of [
      ['fragor/rss.xml', '/fragor/'],
      ['en/questions/rss.xml', '/en/questions/'],
    ] as const) {
      const feed = await parseRss(file);
      expect(feed.items.length, file).toBe(anchors.length);
      for (const item of feed.items) {
        expect(pathOf(item.link), file).toBe(page);
        expect(anchors).toContain(new URL(item.link ?? '', SITE_URL).hash.slice(1));
        // The asker's own words and address never reach the feed.
        expect(item.content ?? '').not.toMatch(/@example\.se/);
      }
    }
    expect(faqPage).toContain(
      '<link rel="alternate" type="application/rss+xml" title="RSS: nya frågor och svar" href="/fragor/rss.xml">',
    );
  });

  it('writes iCalendar feeds for events, funding calls and consultations that a calendar parses', async () => {
    for (const file of [
      'kalender/evenemang.ics',
      'kalender/utlysningar.ics',
      'kalender/remisser.ics',
      'en/calendar/events.ics',
    ]) {
      expect((await parseIcal(file)).name, file).toBe('vcalendar');
    }
    expect((await parseIcal('kalender/evenemang.ics')).getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    const summaries = (await parseIcal('kalender/utlysningar.ics'))
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('summary')));
    expect(summaries.some((summary) => summary.startsWith('Sista ansökningsdag: '))).toBe(true);
  });

  describe('feeds that match a reader: per county, service area and both', () => {
    const slugOf = (link: string | undefined) => pathOf(link).split('/').filter(Boolean).at(-1);

    it('gives every county and every service area its RSS and calendars, in Swedish and English', () => {
      for (const county of ['jamtland', 'dalarna', 'gotland']) {
        for (const file of ['rss.xml', 'utlysningar.ics', 'evenemang.ics', 'remisser.ics'])
          expect(files).toContain(`lan/${county}/${file}`);
        expect(files).toContain(`en/county/${county}/funding-calls.ics`);
      }
      expect(files).toContain('omrade/dagligvaror/rss.xml');
      expect(files).toContain('omrade/dagligvaror/utlysningar/rss.xml');
      expect(files).toContain('en/area/groceries/rss.xml');
      // A county × area pair with content has feeds too; one without content has none.
      expect(files).toContain('lan/jamtland/dagligvaror/rss.xml');
      expect(files).toContain('lan/jamtland/dagligvaror/utlysningar.ics');
    });

    it('holds what is in the county, and national funding calls, and nothing from other counties', async () => {
      const feed = await parseRss('lan/jamtland/rss.xml');
      const slugs = feed.items.map((item) => slugOf(item.link));
      expect(slugs).toContain('nytt-regionalt-serviceprogram-i-jamtlands-lan');
      expect(slugs).toContain('pts-bredbandsstod-till-fiber-pa-landsbygden');
      expect(slugs).not.toContain('sorsjon-samlade-servicen-i-lanthandeln');
      const calls = await parseRss('lan/jamtland/utlysningar/rss.xml');
      for (const item of calls.items) expect(pathOf(item.link).startsWith('/utlysningar/'), item.link).toBe(true);
      const pair = await parseRss('lan/jamtland/dagligvaror/rss.xml');
      expect(pair.items.map((item) => slugOf(item.link))).toContain(
        'hemsandning-av-dagligvaror-i-ragunda-kommun-anmalan-for-butiker',
      );
      expect(pair.items.map((item) => slugOf(item.link))).not.toContain('pts-bredbandsstod-till-fiber-pa-landsbygden');
    });

    it('reminds of every deadline 14 and 3 days before, with the same UID as in the national calendar', async () => {
      const national = new Set(
        (await parseIcal('kalender/utlysningar.ics'))
          .getAllSubcomponents('vevent')
          .map((vevent) => String(vevent.getFirstPropertyValue('uid'))),
      );
      const county = await parseIcal('lan/jamtland/utlysningar.ics');
      expect(county.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
      const deadlines = county
        .getAllSubcomponents('vevent')
        .filter((vevent) => String(vevent.getFirstPropertyValue('summary')).startsWith('Sista ansökningsdag'));
      expect(deadlines.length).toBeGreaterThan(0);
      for (const vevent of deadlines) {
        expect(national.has(String(vevent.getFirstPropertyValue('uid')))).toBe(true);
        expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Stockholm');
        const triggers = vevent
          .getAllSubcomponents('valarm')
          .map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
        expect(triggers).toEqual(['-P14D', '-P3D']);
      }
    });

    it('lists them on the county, municipality, service-area and list pages, also for feed readers', async () => {
      const alternates = (html: string) =>
        [
          ...html.matchAll(/<link rel="alternate" type="(?:application\/rss\+xml|text\/calendar)"[^>]*href="([^"]+)"/g),
        ].map((match) => match[1]);
      expect(alternates(await read('lan/jamtland/index.html'))).toEqual(
        expect.arrayContaining(['/lan/jamtland/rss.xml', '/lan/jamtland/utlysningar.ics']),
      );
      expect(alternates(await read('kommun/ragunda/index.html'))).toContain('/lan/jamtland/rss.xml');
      expect(alternates(await read('omrade/dagligvaror/index.html'))).toContain('/omrade/dagligvaror/rss.xml');
      expect(alternates(await read('utlysningar/index.html'))).toEqual(
        expect.arrayContaining(['/utlysningar/rss.xml', '/kalender/utlysningar.ics']),
      );
      expect(alternates(await read('utlysningar/lan/jamtland/index.html'))).toContain(
        '/lan/jamtland/utlysningar/rss.xml',
      );
      for (const href of alternates(await read('lan/jamtland/index.html'))) {
        expect(files, href).toContain(href.replace(/^\//, ''));
      }
    });
  });

  it('writes a sitemap of every page and a robots.txt that points to it', async () => {
    const sitemap = await read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBe(pages.length - 1);
    expect(locs).toContain(`${SITE_URL}/kommun/alvdalen/`);
    expect(await read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  it('exports every published entry as JSON and CSV with SCB codes and a licence', async () => {
    const data = JSON.parse(await read('data/poster.json'));
    expect(data.licence.name).toBe('CC BY 4.0');
    expect(data.count).toBe(entries.length);
    expect(data.entries.length).toBe(entries.length);
    const caseStudy = data.entries.find(
      (e: { type: string; municipalityCodes: string[] }) => e.type === 'case-study' && e.municipalityCodes.length > 0,
    );
    expect(caseStudy.municipalityCodes[0]).toMatch(/^\d{4}$/);
    expect(caseStudy.countyCodes[0]).toMatch(/^\d{2}$/);
    const csvText = await read('data/poster.csv');
    expect(csvText.startsWith('\uFEFFdocumentId,locale,type,title,')).toBe(true);
    // Rows end with CRLF; line breaks inside quoted fields are plain LF.
    expect(csvText.split('\r\n').filter(Boolean).length).toBe(entries.length + 1);
  });

  describe("the network's own work", () => {
    const datesOf = (table: string) =>
      [...table.matchAll(/<th scope="row"><a [^>]*><time datetime="([\d-]+)"/g)].map((m) => m[1]);

    it('shows every goal with its status at the last four meetings, oldest first, on /natverket/', async () => {
      const page = await read('natverket/index.html');
      const tables = [...page.matchAll(/<table class="goal-table">([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
      const goals = entries.filter((entry) => entry.type === 'goal' && entry.locale === 'sv');
      expect(goals.length).toBe(11);
      expect(tables.length).toBe(goals.length);
      for (const table of tables) {
        const dates = datesOf(table);
        expect(dates.length).toBe(4);
        expect([...dates].sort()).toEqual(dates);
        expect(table).toMatch(/Ej påbörjad|På väg|Står still|Uppnådd/);
      }
      // Statuses change between the meetings in the demo content.
      expect(
        tables.some(
          (table) =>
            new Set([...table.matchAll(/<td>(Ej påbörjad|På väg|Står still|Uppnådd)<\/td>/g)].map((m) => m[1])).size >
            1,
        ),
      ).toBe(true);
      expect(page).toContain('Nästa nätverksträff');
      expect(page).toContain('Senaste protokollet');
      expect(await read('en/network/index.html')).toContain('Status now');
    });

    it('has a page per network meeting with the follow-up, decisions and guests as organisation and role', async () => {
      const meetings = pages.filter((file) => /^natverket\/moten\/[a-z0-9-]+\/index\.html$/.test(file));
      expect(meetings.length).toBeGreaterThanOrEqual(5);
      const followedUp = [];
      for (const file of meetings) if ((await read(file)).includes('<h2 id="decisions">')) followedUp.push(file);
      expect(followedUp.length).toBeGreaterThanOrEqual(4);
      const meeting = await read(followedUp[0] as string);
      expect(meeting).toContain('Externa gäster');
      expect(meeting).not.toMatch(/@[a-z]/);
    });

    it('lists projects, networks and advocacy with their own filters, and puts them on county pages', async () => {
      for (const file of [
        'projekt/index.html',
        'projekt/status/pagar/index.html',
        'projekt/status/avslutat/index.html',
        'projekt/betydelse/nationell/index.html',
        'projekt/lan/jamtland/index.html',
        'natverk/index.html',
        'natverk/typ/leadergrupp/index.html',
        'natverk/lan/hela-sverige/index.html',
        'paverkan/index.html',
        'paverkan/typ/remissvar/index.html',
        'paverkan/mottagare/finansdepartementet/index.html',
        'en/projects/index.html',
        'en/advocacy/index.html',
      ]) {
        expect(files, file).toContain(file);
      }
      expect(pages.some((file) => /^paverkan\/ar\/\d{4}\/index\.html$/.test(file))).toBe(true);
      const projects = entries.filter((entry) => entry.type === 'project' && entry.locale === 'sv');
      const networks = entries.filter((entry) => entry.type === 'network' && entry.locale === 'sv');
      const actions = entries.filter((entry) => entry.type === 'advocacy-action' && entry.locale === 'sv');
      expect(projects.length).toBeGreaterThanOrEqual(12);
      expect(networks.length).toBeGreaterThanOrEqual(8);
      expect(actions.length).toBeGreaterThanOrEqual(10);
      const jamtland = await read('lan/jamtland/index.html');
      expect(jamtland).toContain('id="projects"');
      expect(jamtland).toContain('Servicepunkter i Jämtlands fjällbyar');
      expect(await read('statistik/index.html')).toContain('Projekt efter status');
    });
  });

  describe('page weight budgets (what a browser transfers, served as the stack serves it)', () => {
    /** Content pages: HTML, CSS, images and scripts, compressed. */
    const CONTENT_BUDGET = 50 * 1024;
    /**
     * The search page with its island (and the helpdesk form's page, the other island): 81 KB when
     * these were set (script 70.5 KB: react-instantsearch on Preact's compatibility layer, 2.7 KB of
     * it a lazy import of the Preact renderer that the page never makes), with some room to grow;
     * issue 15 asked for at most 200 KB, of which script 150 KB.
     */
    const SEARCH_BUDGET = 90 * 1024;
    /** Of that, the island's JavaScript: everything it loads, its runtime and its lazy imports included. */
    const SEARCH_JS_BUDGET = 75 * 1024;

    /**
     * Fetches a page and everything it loads (stylesheets, scripts, islands and the modules they
     * import, images), as a browser that accepts br does; returns the bytes per kind, as sent.
     */
    async function weigh(base: string, page: string) {
      const seen = new Set<string>();
      const bytes = { html: 0, css: 0, js: 0, other: 0 };
      const problems: string[] = [];
      const sent: string[] = [];
      const load = async (url: string, kind: keyof typeof bytes) => {
        if (seen.has(url)) return;
        seen.add(url);
        const response = await fetch(`${base}${url}`, { headers: { 'accept-encoding': 'br, gzip' } });
        if (response.status !== 200) problems.push(`${url}: ${response.status}`);
        bytes[kind] += Number(response.headers.get('content-length'));
        sent.push(
          `${url} ${response.headers.get('content-length')} ${response.headers.get('content-encoding') ?? 'identity'}`,
        );
        if (
          url.startsWith('/_astro/') &&
          response.headers.get('cache-control') !== 'public, max-age=31536000, immutable'
        )
          problems.push(`${url}: cache-control ${response.headers.get('cache-control')}`);
        // fetch decodes the body; the bytes counted are the Content-Length of the coded one.
        const text = await response.text();
        const here = new URL(url, 'http://site');
        const resolve = (ref: string) => new URL(decode(ref), here).pathname;
        if (kind === 'html') {
          for (const [, ref] of text.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g))
            await load(resolve(ref ?? ''), ref?.endsWith('.css') ? 'css' : 'js');
          for (const [, ref] of text.matchAll(/<script[^>]+src="([^"]+)"/g)) await load(resolve(ref ?? ''), 'js');
          for (const [, ref] of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g))
            await load(resolve(ref ?? ''), 'js');
          for (const [, ref] of text.matchAll(/<img[^>]+src="(\/[^"]+)"/g)) await load(resolve(ref ?? ''), 'other');
        } else if (kind === 'js') {
          // Static and dynamic imports alike (the bundler quotes some with backticks): everything the
          // island may load counts.
          for (const [, ref] of text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
            await load(resolve(ref ?? ''), 'js');
        }
      };
      await load(page, 'html');
      return { ...bytes, total: bytes.html + bytes.css + bytes.js + bytes.other, problems, sent };
    }

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

    it('keeps content pages under 50 KB and the search page under 90 KB (75 KB of script), compressed', async () => {
      const server = await serveStatic(site.dir);
      try {
        const firstOf = (pattern: RegExp) => pages.find((file) => pattern.test(file)) as string;
        const contentPages = [
          'index.html',
          'en/index.html',
          'karta/index.html',
          'lan/dalarna/index.html',
          'kommun/alvdalen/index.html',
          'statistik/index.html',
          'kalender/index.html',
          'natverket/index.html',
          'servicestatus/index.html',
          ...PUBLIC_TYPES.flatMap((type) => {
            const entry = entries.find((e) => e.type === type.name && e.locale === 'sv');
            if (!entry) return [];
            const detail = `${entryPath({ type: type.name, slug: entry.slug, locale: 'sv' }).slice(1)}index.html`;
            return [detail, `${detail.split('/')[0]}/index.html`];
          }),
          firstOf(/^en\/municipality\/[^/]+\/index\.html$/),
        ];
        const report: string[] = [];
        const over: string[] = [];
        const problems: string[] = [];
        for (const file of contentPages) {
          expect(files, file).toContain(file);
          const url = `/${file.replace(/index\.html$/, '')}`;
          const weight = await weigh(server.url, url);
          report.push(`${url}: ${kb(weight.total)} (js ${kb(weight.js)})`);
          if (weight.total > CONTENT_BUDGET) over.push(`${url}: ${kb(weight.total)} > 50 KB`);
          problems.push(...weight.problems);
        }
        // The pages with an island: the search page's budget.
        for (const url of ['/sok/', '/en/search/', '/fraga/']) {
          const weight = await weigh(server.url, url);
          report.push(`${url}: ${kb(weight.total)} (js ${kb(weight.js)}): ${weight.sent.join(', ')}`);
          // The island is really there, and really counted.
          expect(weight.js, url).toBeGreaterThan(10 * 1024);
          if (weight.total > SEARCH_BUDGET) over.push(`${url}: ${kb(weight.total)} > ${kb(SEARCH_BUDGET)}`);
          if (weight.js > SEARCH_JS_BUDGET) over.push(`${url}: script ${kb(weight.js)} > ${kb(SEARCH_JS_BUDGET)}`);
          problems.push(...weight.problems);
        }
        console.log(`page weights (brotli):\n  ${report.join('\n  ')}`);
        expect(over).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await server.close();
      }
    });

    it('has a brotli and a gzip copy of every text file over 1 KB, and serves hashed assets as immutable', async () => {
      // _build/ holds the build's manifest for the next partial build: never served, so never compressed.
      const text = files.filter(
        (file) => /\.(?:html|css|js|json|xml|svg|ics|csv|txt)$/.test(file) && !file.startsWith('_build/'),
      );
      const missing: string[] = [];
      for (const file of text) {
        if ((await stat(path.join(site.dir, file))).size < 1024) continue;
        for (const suffix of ['.br', '.gz']) if (!files.includes(file + suffix)) missing.push(file + suffix);
      }
      expect(missing.slice(0, 20)).toEqual([]);
      const server = await serveStatic(site.dir);
      try {
        const assets = files.filter((file) => file.startsWith('_astro/') && !/\.(?:br|gz)$/.test(file));
        expect(assets.length).toBeGreaterThan(0);
        for (const asset of assets) {
          const response = await fetch(`${server.url}/${asset}`, { headers: { 'accept-encoding': 'br' } });
          await response.arrayBuffer();
          expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
        }
        const home = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'br' } });
        expect(home.headers.get('content-encoding')).toBe('br');
        expect(home.headers.get('cache-control')).toBe('no-cache');
        const again = await fetch(`${server.url}/`, {
          headers: { 'accept-encoding': 'br', 'if-none-match': home.headers.get('etag') ?? '' },
        });
        expect(again.status).toBe(304);
      } finally {
        await server.close();
      }
    });
  });

  describe('when the build cannot trust its content', () => {
    it('stops with one line when the CMS cannot be reached, and leaves the last good site in place', async () => {
      const before = (await stat(path.join(site.dir, 'index.html'))).mtimeMs;
      const down = await buildSite({ CMS_URL: `http://127.0.0.1:${await freePort()}`, SITE_URL }, { outDir: site.dir });
      await down.remove();
      expect(down.code).toBe(1);
      const lines = down.output
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('site build failed'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^site build failed: cannot reach the CMS at http:\/\/127\.0\.0\.1:\d+\/api\/[a-z-]+\?locale=(sv|en) \(page 1\) \(.*\); start the CMS or set CMS_URL$/,
      );
      expect((await stat(path.join(site.dir, 'index.html'))).mtimeMs).toBe(before);
    });

    it('names the memory setting to raise when the build runs out of memory, and leaves the last good site in place', async () => {
      const before = (await stat(path.join(site.dir, 'index.html'))).mtimeMs;
      // Far too little for anything: V8 aborts while the build loads.
      const starved = await buildSite({ CMS_URL: cms.url, SITE_URL, SITE_BUILD_HEAP_MB: '24' }, { outDir: site.dir });
      await starved.remove();
      expect(starved.code).not.toBe(0);
      expect(starved.output.trim().split('\n').at(-1)).toBe(
        'site build failed: it ran out of memory at SITE_BUILD_HEAP_MB=24; raise it (site/ENV.md)',
      );
      expect((await stat(path.join(site.dir, 'index.html'))).mtimeMs).toBe(before);
    });

    it('stops with one line naming an invalid entry and its field', async () => {
      const target = entries.find((entry) => entry.type === 'method' && entry.locale === 'sv') as Published;
      const methods = cms.strapi.db.query('api::method.method');
      const where = { documentId: target.documentId, locale: 'sv' };
      const original = (await methods.findOne({ where })) as { evidence: string };
      // Written past the CMS's validation, as a broken migration or a direct database edit could.
      await methods.updateMany({ where, data: { evidence: 'säker' } });
      try {
        const broken = await buildSite({ CMS_URL: cms.url, SITE_URL });
        await broken.remove();
        expect(broken.code).toBe(1);
        expect(broken.output.trim().split('\n').at(-1)).toBe(
          `site build failed: invalid method "${target.slug}" (documentId ${target.documentId}, locale sv): evidence: Välj ett av: beprövad, lovande, ny idé`,
        );
      } finally {
        await methods.updateMany({ where, data: { evidence: original.evidence } });
      }
    });
  });

  it('finishes two builds started at once, as the stack’s beside `npm run build`, with the same files', async () => {
    // Astro renders from the working folder's .astro/.prerender/ when the output is elsewhere: two
    // builds sharing the site's one deleted each other's modules (ERR_MODULE_NOT_FOUND).
    const both = await Promise.all([
      buildSite({ CMS_URL: cms.url, SITE_URL }),
      buildSite({ CMS_URL: cms.url, SITE_URL }),
    ]);
    try {
      for (const build of both) expect(build.code, build.output).toBe(0);
      const [first, second] = await Promise.all(both.map((build) => builtFiles(build.dir)));
      expect(second).toEqual(first);
      expect(first.length).toBeGreaterThan(pages.length);
    } finally {
      await Promise.all(both.map((build) => build.remove()));
    }
  }, 600_000);
});
