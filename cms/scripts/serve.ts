// Serves the CMS's REST API without the admin panel build (for development tools and tests):
// `node cms/scripts/serve.ts [--seed] [--no-compile]`. Port from CMS_PORT, database from DATA_DIR /
// DATABASE_*. --no-compile serves the last compiled dist/ as it is.
import { loadCms } from '../lib/boot.ts';
import { seedDemoContent } from '../seed/run.ts';

process.env.CMS_LOG_LEVEL ??= 'warn';
const strapi = await loadCms({ compile: !process.argv.includes('--no-compile') });
if (process.argv.includes('--seed')) {
  const report = await seedDemoContent(strapi);
  console.log(`seed: ${JSON.stringify(report.created)}, ${report.existing} already there`);
}
await strapi.start();
const stop = () => strapi.destroy().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
