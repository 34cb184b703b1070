// npm run report:municipalities -- [--county 20|Dalarna] [--format text|csv|json] [--date 2026-11-30] [--cms-url URL]
// Reads the published service plans and coordinators from the CMS's public API and prints, per
// county, the municipalities with no known plan or coordinator and the plans overdue for revision.
import { parseArgs } from 'node:util';
import {
  counties,
  municipalityStatuses,
  type ServiceCoordinator,
  type ServicePlan,
  serviceCoordinator,
  servicePlan,
  startOfStockholmDay,
  stockholmDate,
} from '@skb/content-types';
import { createCmsReader, describeError } from '@skb/search-indexer';
import { followUp, followUpCsv, followUpText } from './report/municipalities.ts';

const USAGE = `Användning: npm run report:municipalities -- [--county KOD|NAMN] [--format text|csv|json] [--date ÅÅÅÅ-MM-DD] [--cms-url URL]`;

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      county: { type: 'string' },
      format: { type: 'string', default: 'text' },
      date: { type: 'string' },
      'cms-url': { type: 'string', default: process.env.CMS_URL ?? 'http://127.0.0.1:1337' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const format = values.format;
  if (format !== 'text' && format !== 'csv' && format !== 'json') {
    throw new UsageError(`--format ska vara text, csv eller json, inte "${format}"`);
  }
  let county: string | undefined;
  if (values.county) {
    const wanted = values.county.toLowerCase();
    county = counties.find(
      (c) => c.code === values.county || c.shortName.toLowerCase() === wanted || c.name.toLowerCase() === wanted,
    )?.code;
    if (!county) throw new UsageError(`okänt län "${values.county}": ange länskod (20) eller namn (Dalarna)`);
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError(`--date ska vara ett datum ÅÅÅÅ-MM-DD, inte "${values.date}"`);
  }
  // Noon in Stockholm on the given day: the status of that whole day.
  const now = values.date ? new Date(startOfStockholmDay(values.date).getTime() + 12 * 3_600_000) : new Date();
  return { help: values.help, format, county, now, cmsUrl: values['cms-url'] };
}

/** Every published version of a type in both languages; the status rules count each document once. */
async function readAll<T>(
  reader: ReturnType<typeof createCmsReader>,
  type: typeof servicePlan | typeof serviceCoordinator,
) {
  const all: T[] = [];
  for (const locale of reader.locales) {
    for (let afterId = 0; ; ) {
      const page = await reader.page(type, locale, afterId);
      all.push(...(page.entries as unknown as T[]));
      const last = page.entries.at(-1);
      if (!last || page.entries.length < 100) break;
      afterId = last.id;
    }
  }
  return all;
}

async function main(): Promise<void> {
  const args = options();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const reader = createCmsReader({ cmsUrl: args.cmsUrl });
  const statuses = municipalityStatuses({
    plans: await readAll<ServicePlan>(reader, servicePlan),
    coordinators: await readAll<ServiceCoordinator>(reader, serviceCoordinator),
    now: args.now,
  });
  const report = followUp(statuses, args.county);
  if (args.format === 'json')
    process.stdout.write(`${JSON.stringify({ asOf: stockholmDate(args.now), counties: report }, null, 2)}\n`);
  else if (args.format === 'csv') process.stdout.write(followUpCsv(report));
  else process.stdout.write(followUpText(report, stockholmDate(args.now)));
}

main().catch((error: unknown) => {
  const message = describeError(error);
  console.error(`report:municipalities: ${message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
});
