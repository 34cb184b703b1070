// The relevance suite: what Swedish (and English) readers type, against the demo content as it goes
// the real way (seeded into Strapi, read through its public REST API by a full reindex into a real
// Meilisearch with our settings and documents), scored as recall@10 and MRR per category. Beside it,
// in the same run, a baseline index of the same content as Meilisearch gives it without our work:
// default settings and plain documents (the displayed fields only, no hidden search fields). Ours must
// be better than the baseline in every category and must find what every case asks for.
import { HIDDEN_ATTRIBUTES, type SearchDocument } from '@skb/content-types/search';
import { createCmsReader, createMeiliClient, ensureSearchOnlyKey, reindex } from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { loadIndex, startTestMeili, type TestMeili } from '../support/meili.ts';
import { RELEVANCE_CASES, type RelevanceCase } from './relevance/queries.ts';
import { type CaseResult, CUTOFF, passed, type Score, score, scoreByCategory } from './relevance/score.ts';

const INDEX = 'knowledge';
const BASELINE = 'baseline';

describe('relevance of Swedish search on the demo content, against Meilisearch defaults', () => {
  let cms: TestCms;
  let meili: TestMeili;
  let ours: Meilisearch;
  /** Swedish slug → documentId of the demo entries. */
  const idBySlug = new Map<string, string>();
  const results = { ours: [] as CaseResult[], baseline: [] as CaseResult[] };
  /** The first hits of our index per case, for a failure's message. */
  const top = new Map<RelevanceCase, string[]>();

  async function run(client: Meilisearch, index: string, relevanceCase: RelevanceCase): Promise<CaseResult> {
    const answer = await client.index<SearchDocument>(index).search(relevanceCase.query, {
      limit: CUTOFF,
      filter: [`locale = "${relevanceCase.locale}"`],
      attributesToRetrieve: ['documentId', 'slug'],
    });
    const ids = answer.hits.map((hit) => hit.documentId);
    top.set(
      relevanceCase,
      answer.hits.slice(0, 5).map((hit) => hit.slug),
    );
    const ranks = relevanceCase.finds.map((slug) => {
      const id = idBySlug.get(slug);
      if (!id)
        throw new Error(`the case "${relevanceCase.query}" names "${slug}", which is not a published demo entry`);
      const at = ids.indexOf(id);
      return at < 0 ? null : at + 1;
    });
    return { case: relevanceCase, ranks };
  }

  beforeAll(async () => {
    cms = await startTestCms({ seed: true });
    meili = await startTestMeili();
    await reindex({ client: meili.client, reader: createCmsReader({ cmsUrl: cms.url }), indexUid: INDEX });
    ours = createMeiliClient({ host: meili.host, apiKey: (await ensureSearchOnlyKey(meili.client, INDEX)).key });

    // The baseline: the same documents without our hidden search fields (the documents route returns
    // them, so they are taken out here), in an index with Meilisearch's default settings. Only
    // `locale` is made filterable, so that English queries search English versions as the English
    // page does.
    const hidden = new Set<string>(HIDDEN_ATTRIBUTES);
    const plain: Record<string, unknown>[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await meili.client.index(INDEX).getDocuments({ limit: 1000, offset });
      for (const document of page.results) {
        plain.push(Object.fromEntries(Object.entries(document).filter(([field]) => !hidden.has(field))));
      }
      if (page.results.length < 1000) break;
    }
    expect(Object.keys(plain[0] ?? {})).not.toContain('stems');
    const { client } = meili;
    await loadIndex(client, BASELINE, plain, { filterableAttributes: ['locale'] });

    for (const document of plain as unknown as SearchDocument[]) {
      if (document.locale === 'sv') idBySlug.set(document.slug, document.documentId);
    }
    for (const relevanceCase of RELEVANCE_CASES) {
      results.baseline.push(await run(client, BASELINE, relevanceCase));
      results.ours.push(await run(ours, INDEX, relevanceCase));
    }
    const format = (s: Score) => `recall@10 ${s.recallAt10.toFixed(2)}, MRR ${s.mrr.toFixed(2)}`;
    const baselineByCategory = scoreByCategory(results.baseline);
    const lines = [...scoreByCategory(results.ours)].map(
      ([category, s]) =>
        `${category.padEnd(18)} ${String(s.queries).padStart(3)} queries  ours ${format(s)}  baseline ${format(baselineByCategory.get(category) as Score)}`,
    );
    lines.push(
      `${'all'.padEnd(18)} ${String(RELEVANCE_CASES.length).padStart(3)} queries  ours ${format(score(results.ours))}  baseline ${format(score(results.baseline))}`,
    );
    console.log(`relevance suite (first ten hits)\n${lines.join('\n')}`);
  });

  afterAll(async () => {
    await cms?.stop();
    await meili?.stop();
  });

  it('has at least 80 queries from every kind of user, in every category', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(RELEVANCE_CASES.map((c) => c.persona))).toEqual(new Set(['lokal grupp', 'redaktör', 'läsare']));
    for (const [category, s] of scoreByCategory(results.ours)) expect(s.queries, category).toBeGreaterThanOrEqual(8);
  });

  it('finds, among its first ten hits, every entry each query must find', () => {
    const misses = results.ours
      .filter((result) => !passed(result))
      .map(
        (result) =>
          `${result.case.category}: "${result.case.query}" ranks ${JSON.stringify(result.ranks)}; first hits ${top.get(result.case)?.join(', ')}`,
      );
    expect(misses).toEqual([]);
  });

  it('is better than Meilisearch with default settings and plain documents in every category', () => {
    const baselineByCategory = scoreByCategory(results.baseline);
    for (const [category, ourScore] of scoreByCategory(results.ours)) {
      const baseline = baselineByCategory.get(category) as Score;
      expect(ourScore.recallAt10, `${category}: recall@10`).toBeGreaterThanOrEqual(baseline.recallAt10);
      expect(ourScore.mrr, `${category}: MRR`).toBeGreaterThan(baseline.mrr);
    }
  });
});
