// A partial build is the full build of the same content, byte for byte: every file, the hashed
// /_astro/ assets, the compressed copies, the sitemap, the feeds and the build's manifest. The
// content is a synthetic corpus served by the Strapi stand-in; each step changes it as an editor
// would (edit a title and body, move a case to another municipality, publish a new entry, change a
// slug, edit an English version, give an entry a service area its county had none in, unpublish an
// entry other pages link to, delete one), then builds it twice: partially from the previous partial
// build, and in full. The two must be identical, and the partial one must have rendered few of the
// entry pages and few of the list pages and the feeds of counties and service areas.
//
// The stack's renderer (site/scripts/renderer.ts, started as the stack starts it) makes the same
// partial builds from its own previous ones, without Astro's build: each must equal the full build
// too. A request it cannot serve (a folder without a manifest, a full build once it has made one) is
// refused with the reason.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { municipalities } from '@skb/content-types';
import { askRenderer, rendererLaunch } from '@skb/site/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, builtFiles, type SiteBuild } from '../support/site.ts';
import { type RestEntry, type SyntheticEntry, syntheticCorpus } from '../support/synthetic/corpus.ts';
import { type CorpusCms, startCorpusCms } from '../support/synthetic/corpus-cms.ts';

const SITE_URL = 'https://servicekunskapsbanken.example';
const NOW = '2026-11-30T12:00:00.000Z';
const SIZE = 300;
/**
 * A change re-renders its own pages, the pages that show it among their related entries (the
 * newest entries of a service area are on many) and the goals' pages (always rendered); far fewer
 * than all.
 */
const MAX_RENDERED = SIZE / 3;
/** The newest entries are related to every entry of their areas. */
const MAX_RENDERED_RELATED = SIZE * 0.6;
/**
 * Of the list pages and the feeds of counties and areas: a change re-renders the lists and feeds it
 * is in, and the first page of each of its type's lists when the counts beside their filters change
 * (every page of them when the filters offered change).
 */
const MAX_OTHERS_SHARE = 0.4;
/** Two builds of the site, on a busy two-core machine. */
const STEP_TIMEOUT = 600_000;

/** The files of two builds that differ, or are in one only. */
async function differences(a: string, b: string): Promise<string[]> {
  const [filesA, filesB] = await Promise.all([builtFiles(a), builtFiles(b)]);
  const onlyA = filesA.filter((file) => !filesB.includes(file)).map((file) => `only in the partial build: ${file}`);
  const onlyB = filesB.filter((file) => !filesA.includes(file)).map((file) => `only in the full build: ${file}`);
  const differ: string[] = [];
  for (const file of filesA.filter((file) => filesB.includes(file))) {
    const [bytesA, bytesB] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!bytesA.equals(bytesB)) differ.push(`differs: ${file}`);
  }
  return [...onlyA, ...onlyB, ...differ];
}

/** How many entry pages, and how many list and municipality pages and feeds, a partial build rendered and kept, from its log line. */
function renderedPages(build: SiteBuild): { entries: number; others: number; othersKept: number } {
  const match = build.output.match(
    /site built \(partial\): \d+ pages \(entry pages: (\d+) rendered, \d+ kept; lists, municipalities and feeds: (\d+) rendered, (\d+) kept\)/,
  );
  if (!match) throw new Error(`not a partial build:\n${build.output}`);
  return { entries: Number(match[1]), others: Number(match[2]), othersKept: Number(match[3]) };
}

describe('a partial site build', () => {
  let corpus: SyntheticEntry[];
  let cms: CorpusCms;
  let previous: SiteBuild;
  const builds: SiteBuild[] = [];
  const env = () => ({ CMS_URL: cms.url, SITE_URL, SITE_NOW: NOW });
  /** The stack's renderer, its folder, and its last build. */
  let renderer: ChildProcess;
  let work: string;
  let lastRendered: string;
  let requests = 0;
  const render = async (from: string | null) => {
    const dir = path.join(work, `rendered-${++requests}`);
    return { dir, reply: await askRenderer(renderer, { id: requests, outDir: dir, from }) };
  };

  const build = async (from?: string) => {
    const result = await buildSite(from ? { ...env(), SITE_PARTIAL_FROM: from } : env());
    builds.push(result);
    if (result.code !== 0) throw new Error(`the site build failed:\n${result.output}`);
    return result;
  };

  /** Builds partially from the last partial build and in full; they must be the same. */
  const step = async (maxRendered: number) => {
    const partial = await build(previous.dir);
    const byRenderer = await render(lastRendered);
    expect(byRenderer.reply).toMatchObject({ ok: true, kind: 'partial' });
    const full = await build();
    expect(await differences(partial.dir, full.dir)).toEqual([]);
    expect(await differences(byRenderer.dir, full.dir)).toEqual([]);
    await rm(lastRendered, { recursive: true, force: true });
    lastRendered = byRenderer.dir;
    const { entries: rendered, others, othersKept } = renderedPages(partial);
    console.log(
      `partial build: ${rendered} entry pages, ${others} of ${others + othersKept} lists, municipality pages and feeds rendered`,
    );
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThanOrEqual(maxRendered);
    expect(others).toBeGreaterThan(0);
    expect(others).toBeLessThanOrEqual((others + othersKept) * MAX_OTHERS_SHARE);
    previous = partial;
    return rendered;
  };

  const find = (predicate: (item: SyntheticEntry) => boolean) => {
    const found = corpus.find(predicate);
    if (!found) throw new Error('the corpus has no such entry');
    return found;
  };
  const newest = (type: string) => {
    const sorted = corpus
      .filter((item) => item.type === type && item.entry.locale === 'sv')
      .sort((a, b) => String(b.entry.publishedAt).localeCompare(String(a.entry.publishedAt)));
    if (!sorted[0]) throw new Error(`the corpus has no ${type}`);
    return sorted[0];
  };
  const republish = (item: SyntheticEntry, changes: Record<string, unknown>) => {
    item.entry = { ...item.entry, ...changes } as RestEntry;
    cms.publish(item.type, item.entry);
  };

  beforeAll(async () => {
    corpus = syntheticCorpus({ count: SIZE, seed: 11, now: new Date(NOW) });
    cms = await startCorpusCms(corpus);
    previous = await build();
    expect(previous.output).toMatch(/site built \(full\)/);
    work = await mkdtemp(path.join(tmpdir(), 'skb-renderer-'));
    // The settings buildSite() gives the build script (tests/support/site.ts).
    const launch = rendererLaunch({
      ...process.env,
      NODE_ENV: 'production',
      SITE_BUILD_QUIET: '1',
      SITE_CACHE_DIR: path.join(work, 'cache'),
      ...env(),
    });
    renderer = fork(launch.args.at(-1) ?? '', { execArgv: launch.args.slice(0, -1), cwd: launch.cwd, env: launch.env });
    const first = await render(null);
    expect(first.reply).toMatchObject({ ok: true, kind: 'full' });
    expect(await differences(first.dir, previous.dir)).toEqual([]);
    lastRendered = first.dir;
  }, STEP_TIMEOUT);

  afterAll(async () => {
    renderer?.kill();
    if (work) await rm(work, { recursive: true, force: true });
    await cms?.close();
    for (const item of builds) await item.remove();
  });

  it("shows how many entries each filter has on a list's first page, and the same filters without counts on its later pages", async () => {
    // Later pages leave the counts out so that a publish does not change every list page of its type.
    const later = (await builtFiles(previous.dir)).filter((file) => /(^|\/)sida\/2\/index\.html$/.test(file));
    expect(later.length).toBeGreaterThan(0);
    const sidebar = async (file: string) => {
      const html = await readFile(path.join(previous.dir, file), 'utf8');
      const found = html.match(/<nav class="sidebar"[\s\S]*?<\/nav>/)?.[0];
      if (!found) throw new Error(`${file} has no filters`);
      return found;
    };
    for (const file of later.slice(0, 5)) {
      const first = await sidebar(file.replace(/sida\/2\/index\.html$/, 'index.html'));
      expect(first).toMatch(/ \(\d+\)<\/a>/);
      expect(await sidebar(file)).toBe(first.replace(/ \(\d+\)/g, ''));
    }
  });

  it(
    'equals the full build after a title and body edit, and a relation to the edited entry',
    async () => {
      // The newest method: the entries of its service areas show it among their related entries.
      const method = newest('method');
      const caseStudy = find((item) => item.type === 'case-study' && item.entry.locale === 'sv');
      // The case study cites the method: its page links there under the method's (new) title.
      republish(method, { title: 'Bybutiken som servicepunkt', body: 'Ny text om **bybutiken**.' });
      const { title, slug, documentId } = method.entry;
      republish(caseStudy, { methods: [{ id: 1, documentId, title, slug, locale: 'sv' }] });
      await step(MAX_RENDERED_RELATED);
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after a case moves to another municipality',
    async () => {
      const caseStudy = find((item) => item.type === 'case-study' && item.entry.locale === 'sv');
      const [now] = (caseStudy.entry.municipalities as string[] | undefined) ?? [];
      const elsewhere = municipalities.find((municipality) => municipality.code !== now);
      republish(caseStudy, { municipalities: [elsewhere?.code] });
      await step(MAX_RENDERED);
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after a new entry is published',
    async () => {
      const template = find((item) => item.type === 'trend-note' && item.entry.locale === 'sv');
      const added: SyntheticEntry = {
        type: 'trend-note',
        // The newest entry of all: it joins the related entries of every entry in its areas.
        entry: {
          ...template.entry,
          documentId: 'newentry000000000000000a',
          slug: 'ny-omvarldsbevakning',
          title: 'Ny',
          publishedAt: NOW,
        },
      };
      corpus.push(added);
      cms.publish(added.type, added.entry);
      await step(MAX_RENDERED_RELATED);
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after a slug changes',
    async () => {
      const event = find((item) => item.type === 'event' && item.entry.locale === 'sv');
      republish(event, { slug: `${event.entry.slug}-flyttat` });
      await step(MAX_RENDERED);
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after an English version is edited',
    async () => {
      const english = find((item) => item.entry.locale === 'en' && item.type !== 'goal');
      republish(english, { title: 'An English title, edited', summary: 'Edited in English.' });
      await step(MAX_RENDERED);
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after an entry gets another service area (its county’s feeds and lists for that area)',
    async () => {
      type Term = { slug: string };
      const areasOf = (item: SyntheticEntry) => (item.entry.serviceAreas as Term[] | undefined) ?? [];
      // Counties of an entry by its municipalities (a municipality's code begins with its county's).
      const countiesOf = (item: SyntheticEntry) => [
        ...((item.entry.municipalities as string[] | undefined) ?? []).map((code) => code.slice(0, 2)),
        ...(typeof item.entry.municipality === 'string' ? [item.entry.municipality.slice(0, 2)] : []),
        ...((item.entry.counties as string[] | undefined) ?? []),
      ];
      const used = new Set(
        corpus.flatMap((item) =>
          countiesOf(item).flatMap((county) => areasOf(item).map((area) => `${county} ${area.slug}`)),
        ),
      );
      const terms = new Map(corpus.flatMap((item) => areasOf(item).map((area) => [area.slug, area] as const)));
      for (const item of corpus.filter(
        (candidate) => candidate.type === 'case-study' && candidate.entry.locale === 'sv',
      )) {
        const [county] = countiesOf(item);
        const slug = [...terms.keys()].find((candidate) => !used.has(`${county} ${candidate}`));
        if (!county || !slug) continue;
        republish(item, { serviceAreas: [...areasOf(item), terms.get(slug)] });
        await step(MAX_RENDERED_RELATED);
        return;
      }
      throw new Error('every county has entries in every service area');
    },
    STEP_TIMEOUT,
  );

  it(
    'equals the full build after an entry is unpublished and another deleted',
    async () => {
      // The method the case study links to: the link becomes the method's name alone.
      const method = find((item) => item.type === 'method' && item.entry.title === 'Bybutiken som servicepunkt');
      expect(cms.unpublish(method.type, method.entry.documentId, 'sv')).toBe(true);
      const other = find((item) => item.type === 'funding-call' && item.entry.locale === 'sv');
      expect(cms.unpublish(other.type, other.entry.documentId, 'sv')).toBe(true);
      await step(MAX_RENDERED);
    },
    STEP_TIMEOUT,
  );

  it('the renderer refuses, with the reason, a build it cannot make', async () => {
    const empty = await mkdtemp(path.join(work, 'no-manifest-'));
    expect((await render(empty)).reply).toMatchObject({ ok: false, refused: true, error: /^no manifest in / });
    expect((await render(null)).reply).toMatchObject({ ok: false, refused: true, error: /new renderer/ });
    // It still serves what it can.
    expect((await render(lastRendered)).reply).toMatchObject({ ok: true, kind: 'partial' });
  });
});
