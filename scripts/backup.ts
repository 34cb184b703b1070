// `npm run backup [-- --dir FOLDER]`: writes the whole bank (entries in every language, drafts and
// published versions, links, the media library and its files, the CMS's settings) to one timestamped
// archive in DATA_DIR/backups through Strapi's own data transfer, and prints its path and size.
// The archive holds personal data (askers, county editors, search gaps): it is owner-only, and
// encrypted when BACKUP_ENCRYPTION_KEY is set. Safe while the bank runs (it only reads).
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '@skb/search-indexer';
import { backupSettings, formatBytes, prepareCmsEnvironment } from './backup/settings.ts';
import { checkArchive, exportBank } from './backup/transfer.ts';
import { commandLine } from './command-line.ts';
import { PRIVATE_DIR, PRIVATE_FILE } from './stack/private-files.ts';

const usage = 'Användning / usage: npm run backup [-- --dir MAPP]   (standard / default: DATA_DIR/backups)';

/** `servicekunskapsbanken-2026-11-30T16-49-08Z`, with a suffix if that name is taken. */
function archiveBase(dir: string, now: Date, extension: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const base = path.join(dir, `servicekunskapsbanken-${stamp}${n === 1 ? '' : `-${n}`}`);
    if (!existsSync(`${base}${extension}`)) return base;
  }
}

async function main(): Promise<number> {
  const { values } = commandLine({ usage, options: { dir: { type: 'string' } } });
  // The archive and the folder are readable by their owner only, from the start.
  process.umask(0o077);
  const settings = backupSettings();
  const dir = path.resolve(values.dir ?? settings.backupDir);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  chmodSync(dir, PRIVATE_DIR);
  const extension = settings.key ? '.tar.gz.enc' : '.tar.gz';
  const base = archiveBase(dir, new Date(), extension);

  prepareCmsEnvironment(settings);
  const started = Date.now();
  const { loadCms } = await import('@skb/cms/boot');
  const strapi = await loadCms();
  let result: Awaited<ReturnType<typeof exportBank>>;
  try {
    result = await exportBank(strapi, base, settings.key);
  } finally {
    await strapi.destroy();
  }
  chmodSync(result.file, PRIVATE_FILE);
  // Read back what was written: a backup that cannot be restored is no backup.
  await checkArchive(result.file, settings.key);
  const { entities, links, assets } = result.counts;
  console.log(`backup: ${result.file}`);
  console.log(
    `  ${formatBytes(statSync(result.file).size)}; ${entities} entries and records, ${links} links, ${assets} files; in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    settings.key
      ? '  encrypted with BACKUP_ENCRYPTION_KEY; without the key it cannot be restored'
      : '  not encrypted (set BACKUP_ENCRYPTION_KEY to encrypt); it holds personal data: keep it owner-only',
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`backup failed: ${describeError(error)}`);
  process.exitCode = 1;
}
// Strapi leaves timers behind (its cron, the database pool); the work is done.
process.exit();
