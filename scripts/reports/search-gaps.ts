// `npm run report:search-gaps [-- --months 3 --top 20 --json]`: the queries readers searched
// for on the site and found nothing, the most frequent first, per month. Search gaps are private
// (no REST route reads them), so this boots the CMS without HTTP, as the seed does, and reads them
// through the Document Service.
import path from 'node:path';
import { startOfStockholmDay, stockholmDate } from '@skb/content-types';
import { describeError, REPO_ROOT } from '@skb/search-indexer';
import { commandLine, wholeNumberOption } from '../command-line.ts';
import { type SearchGap, searchGapMonths, searchGapText } from './search-gap-months.ts';

const usage = 'Användning / usage: npm run report:search-gaps -- [--months N] [--top N] [--json]';

/** The first day (YYYY-MM-01) of the month `months - 1` months before this one, in Stockholm. */
function firstDayOfWindow(now: Date, months: number): string {
  const [year, month] = stockholmDate(now).split('-').map(Number) as [number, number];
  const total = year * 12 + (month - 1) - (months - 1);
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

async function main(): Promise<number> {
  const { months, top, json } = commandLine(
    {
      usage,
      options: { months: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean', default: false } },
    },
    ({ values }) => ({
      months: wholeNumberOption('months', values.months, 3),
      top: wholeNumberOption('top', values.top, 20),
      json: values.json,
    }),
  );
  // Strapi reads ENV_PATH as soon as it is imported.
  process.env.ENV_PATH ??= path.join(REPO_ROOT, '.env');
  process.env.CMS_LOG_LEVEL ??= 'warn';
  const { loadCms } = await import('@skb/cms/boot');
  const strapi = await loadCms();
  try {
    const since = firstDayOfWindow(new Date(), months);
    const rows = (await strapi.documents('api::search-gap.search-gap').findMany({
      filters: { createdAt: { $gte: startOfStockholmDay(since).toISOString() } },
      fields: ['query', 'locale', 'createdAt'],
      limit: 100_000,
    })) as unknown as SearchGap[];
    const result = searchGapMonths(rows, { top });
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : searchGapText(result));
    return 0;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`report:search-gaps: ${describeError(error)}`);
    process.exit(1);
  },
);
