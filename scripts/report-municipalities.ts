// npm run report:municipalities -- [--county 20|Dalarna] [--format text|csv|json] [--date 2026-11-30] [--cms-url URL]
// Reads the published service plans and coordinators from the CMS's public API and prints, per
// county, the municipalities with no known plan or coordinator and the plans overdue for revision.
import {
  municipalityStatuses,
  type ServiceCoordinator,
  type ServicePlan,
  serviceCoordinator,
  servicePlan,
  stockholmDate,
} from '@skb/content-types';
import { createCmsReader, describeError } from '@skb/search-indexer';
import { commandLine } from './command-line.ts';
import { FOLLOW_UP_COMMAND, followUp, followUpCsv, followUpOptions, followUpText } from './report/municipalities.ts';

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
  const args = commandLine(FOLLOW_UP_COMMAND, ({ values }) => followUpOptions(values));
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
  process.exitCode = 1;
});
