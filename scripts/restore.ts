// `npm run restore -- FILE [--yes]`: replaces the bank's content with a backup made by `npm run
// backup` (Strapi's data transfer, `restore` strategy): entries, links, the media library and its
// files, the CMS's settings. Admin users and API tokens are not in a backup and stay as they are.
// It reads the whole archive first and refuses a missing, truncated or corrupt file (or a wrong
// key) before anything is touched; it refuses while the bank runs; a failure half-way is rolled back.

import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { describeError } from '@skb/search-indexer';
import { backupSettings, formatBytes, prepareCmsEnvironment } from './backup/settings.ts';
import { BackupError, checkArchive, importBank } from './backup/transfer.ts';
import { commandLine, UsageError } from './command-line.ts';
import { markSeeded } from './stack/cms.ts';
import { previousRun } from './stack/previous-run.ts';

const usage =
  'Användning / usage: npm run restore -- FIL [--yes]   (FIL / FILE: ett arkiv från / an archive from npm run backup)';

async function confirmed(yes: boolean | undefined, dataDir: string): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    throw new BackupError(
      `återställningen ersätter allt innehåll i ${dataDir}; bekräfta med --yes / the restore replaces all content in ${dataDir}; confirm with --yes`,
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Allt innehåll i banken (${dataDir}) ersätts med säkerhetskopians. Fortsätta? / All content is replaced. Continue? [ja/yes] `,
  );
  prompt.close();
  return /^(j|ja|y|yes)$/i.test(answer.trim());
}

async function main(): Promise<number> {
  const { values, positionals } = commandLine(
    { usage, options: { yes: { type: 'boolean' } }, positionals: true },
    (parsed) => {
      if (parsed.positionals.length !== 1) throw new UsageError('ange en säkerhetskopia / name one backup file');
      return parsed;
    },
  );
  const settings = backupSettings();
  const file = path.resolve(positionals[0] as string);
  const { dataDir } = settings.config;

  // A running CMS would keep serving (and writing) what the restore replaces under it.
  const previous = previousRun(dataDir);
  if (previous.state === 'running') {
    throw new BackupError(
      `banken körs (PID ${previous.record.supervisor.pid}); stoppa den först / the bank is running (PID ${previous.record.supervisor.pid}); stop it first (Ctrl-C in its terminal, or kill ${previous.record.supervisor.pid})`,
    );
  }
  if (previous.state === 'crashed' && previous.leftovers.length > 0) {
    throw new BackupError(
      `processer från en tidigare körning lever kvar (${previous.leftovers.map((each) => each.pid).join(', ')}); starta och stoppa banken först / processes of an earlier run still run; start and stop the bank first`,
    );
  }

  // The whole archive is read before anything changes.
  const { bytes } = await checkArchive(file, settings.key);
  if (!(await confirmed(values.yes, dataDir))) {
    console.log('restore: avbruten, inget ändrat / cancelled, nothing changed');
    return 1;
  }

  process.umask(0o077);
  prepareCmsEnvironment(settings);
  const started = Date.now();
  const { loadCms } = await import('@skb/cms/boot');
  const strapi = await loadCms();
  let counts: Awaited<ReturnType<typeof importBank>>;
  try {
    counts = await importBank(strapi, file, settings.key);
  } finally {
    await strapi.destroy();
  }
  // The database holds the bank now: `npm start` must not seed the demo content over it.
  markSeeded(settings.config, settings.env);
  console.log(`restore: ${file} (${formatBytes(bytes)} unpacked)`);
  console.log(
    `  ${counts.entities} entries and records, ${counts.links} links, ${counts.assets} files; in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    '  next: npm start (the indexer brings search in line with the restored bank when it starts; npm run reindex rebuilds it in full)',
  );
  console.log('  admin users and API tokens are not in a backup: those of this database are kept');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`restore failed: ${describeError(error)}`);
  process.exitCode = 1;
}
process.exit();
