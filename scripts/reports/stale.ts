import { LOCALES, publicTypeByName, VERIFIED_TYPES } from '@skb/content-types';
import { createCmsReader, describeError, loadEnvFile } from '@skb/search-indexer';
import { commandLine, UsageError } from '../command-line.ts';
import { staleEntries, staleTable, type VerifiedEntry } from './stale-entries.ts';

const usage = 'Användning / usage: npm run report:stale -- [--json] [--now ÅÅÅÅ-MM-DD]';

async function main(): Promise<number> {
  const { json, now } = commandLine(
    { usage, options: { json: { type: 'boolean', default: false }, now: { type: 'string' } } },
    ({ values }) => {
      const now = values.now ? new Date(values.now) : new Date();
      if (Number.isNaN(now.getTime())) {
        throw new UsageError(`--now är inget datum: "${values.now}" / --now is not a date: "${values.now}"`);
      }
      return { json: values.json, now };
    },
  );
  loadEnvFile();
  const cmsUrl = process.env.CMS_URL || 'http://127.0.0.1:1337';
  const reader = createCmsReader({ cmsUrl });

  const entries: VerifiedEntry[] = [];
  for (const name of VERIFIED_TYPES) {
    const type = publicTypeByName(name);
    if (!type) throw new Error(`no public type ${name}`);
    for (const locale of LOCALES) {
      let afterId = 0;
      for (;;) {
        const page = await reader.page(type, locale, afterId);
        for (const entry of page.entries) {
          entries.push({
            type: name,
            documentId: String(entry.documentId),
            locale,
            title: String(entry.title),
            lastVerifiedAt: typeof entry.lastVerifiedAt === 'string' ? entry.lastVerifiedAt : null,
          });
        }
        if (page.entries.length === 0) break;
        afterId = Math.max(...page.entries.map((entry) => entry.id));
      }
    }
  }
  const rows = staleEntries(entries, now);
  process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : staleTable(rows, now));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`report:stale: ${describeError(error)}`);
    process.exit(1);
  },
);
