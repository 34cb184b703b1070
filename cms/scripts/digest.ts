// `npm run digest [-- --dry-run] [-- --frequency weekly|immediate]`: boots the CMS without HTTP,
// sends the digest to confirmed subscribers with something new (or, with --dry-run, prints who would
// get what, addresses masked), deletes subscriptions left unconfirmed for 7 days, and exits.
import { parseArgs } from 'node:util';
import { loadCms } from '../lib/boot.ts';

const USAGE = 'Användning / usage: npm run digest [-- --dry-run] [--frequency weekly|immediate|all]';
/** Strict util.parseArgs: an unknown option or a missing value ends the run with the usage line. */
function commandLine() {
  try {
    return parseArgs({
      options: {
        'dry-run': { type: 'boolean', default: false },
        frequency: { type: 'string', default: 'all' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`digest: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const values = commandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const frequency = values.frequency;
if (!['all', 'weekly', 'immediate'].includes(frequency)) {
  console.error(
    `digest: --frequency ska vara weekly, immediate eller all, inte "${frequency}" / --frequency must be weekly, immediate or all, not "${frequency}"\n${USAGE}`,
  );
  process.exit(2);
}
interface DigestRunner {
  runDigest(
    strapi: unknown,
    options: { dryRun?: boolean; frequencies?: ('weekly' | 'immediate')[] },
  ): Promise<{ sent: unknown[] }>;
  describeDigest(report: unknown): string[];
}

process.env.CMS_LOG_LEVEL ??= 'warn';
// This run is the digest: the CMS it boots must not start its own schedule as well.
process.env.DIGEST_SCHEDULE = 'off';
process.noDeprecation = true;
let strapi: Awaited<ReturnType<typeof loadCms>> | undefined;
try {
  strapi = await loadCms();
  // The CMS offers its digest to in-process code (src/index.ts); its sources are compiled with Strapi's.
  const { runDigest, describeDigest } = strapi.get('skb-digest') as DigestRunner;
  const report = await runDigest(strapi, {
    dryRun: values['dry-run'],
    frequencies: frequency === 'all' ? undefined : [frequency as 'weekly' | 'immediate'],
  });
  for (const line of describeDigest(report)) console.log(line);
  await strapi.destroy();
  process.exit(0);
} catch (error) {
  // An SMTP server's refusal can quote the recipient: addresses are masked here too.
  const message = String((error as Error).message ?? error).replace(/[^\s<>"']+@[^\s<>"']+/g, '***@***');
  console.error(`digest failed: ${message}`);
  await strapi?.destroy().catch(() => {});
  process.exit(1);
}
