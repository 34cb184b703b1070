// `npm run seed`: boots the CMS without HTTP, seeds the demo content, exits 0, or 1 with one line.
import { loadCms } from '../lib/boot.ts';
import { isConnectionLost, seedFailure } from '../seed/failure.ts';
import { seedDemoContent } from '../seed/run.ts';

const started = Date.now();
process.env.CMS_LOG_LEVEL ??= 'warn';
// The output is a summary: a dependency's deprecation notice (pg warns when a dying connection is
// queried again) is not for the person seeding.
process.noDeprecation = true;
// When the database goes away, queries Strapi runs in parallel fail after the first one has been
// reported: the seed has failed already, so they add nothing but a stack trace.
let failed = false;
// A query that met a dropped connection, kept because Strapi may report it as something else.
let lostConnection: unknown;
process.on('unhandledRejection', (reason) => {
  if (!failed) console.error(`seed failed: ${seedFailure(reason, lostConnection)}`);
  failed = true;
  process.exitCode = 1;
});
process.on('uncaughtException', (error) => {
  if (!failed) console.error(`seed failed: ${seedFailure(error, lostConnection)}`);
  process.exit(1);
});
// Strapi stops on SIGTERM and SIGINT with exit code 0; an interrupted seed must not look finished.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    process.exitCode = signal === 'SIGTERM' ? 143 : 130;
    console.error(`seed stopped by ${signal}: run it again to complete the demo content`);
  });
}
let strapi: Awaited<ReturnType<typeof loadCms>> | undefined;
try {
  strapi = await loadCms();
  strapi.db.connection.on('query-error', (error: unknown) => {
    if (isConnectionLost(error)) lostConnection ??= error;
  });
  const report = await seedDemoContent(strapi, { log: (line) => console.log(`  ${line}`) });
  const created = Object.values(report.created).reduce((sum, n) => sum + n, 0);
  console.log(
    `seed: ${created} entries created (${report.english} English versions, ${report.files} PDFs), ${report.existing} already there, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await strapi.destroy();
  process.exit(0);
} catch (error) {
  if (!failed) console.error(`seed failed: ${seedFailure(error, lostConnection)}`);
  failed = true;
  await strapi?.destroy().catch(() => {});
  process.exit(1);
}
