// Serves the CMS's REST API without the admin panel build (for development tools and tests):
// `node cms/scripts/serve.ts [--seed] [--no-compile]`. Port from CMS_PORT, database from DATA_DIR /
// DATABASE_*. --no-compile serves the last compiled dist/ as it is.
import { parseArgs } from 'node:util';
import { loadCms } from '../lib/boot.ts';
import { seedDemoContent } from '../seed/run.ts';

const USAGE = 'Användning / usage: node cms/scripts/serve.ts [--seed] [--no-compile]';
let flags: { seed?: boolean; 'no-compile'?: boolean; help?: boolean };
try {
  ({ values: flags } = parseArgs({
    options: { seed: { type: 'boolean' }, 'no-compile': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

process.env.CMS_LOG_LEVEL ??= 'warn';
const strapi = await loadCms({ compile: !flags['no-compile'] });
if (flags.seed) {
  const report = await seedDemoContent(strapi);
  console.log(`seed: ${JSON.stringify(report.created)}, ${report.existing} already there`);
}
await strapi.start();
const stop = () => strapi.destroy().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
