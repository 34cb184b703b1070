// `npm run backup` and `npm run restore` round-trip the demo bank: seeded, backed up, restored into a
// fresh empty database and a fresh uploads folder, and compared entry by entry (every type, every
// locale, draft and published rows, relations by documentId, components, media) and file by file
// (the consultation responses' PDFs, byte for byte). A truncated archive, a missing file, a wrong key
// and a running bank are refused with a clear message, and leave the target as it was.
// Every step runs as its command does, in a child process with the environment of one bank.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CMS_DIR } from '@skb/cms/boot';
import { PUBLIC_TYPES } from '@skb/content-types';
import { REPO_ROOT } from '@skb/search-indexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CmsBank, freshCmsBank, type TestDatabase } from '../support/cms.ts';

const DUMP = path.join(REPO_ROOT, 'tests', 'support', 'bank-dump.ts');
const KEY = 'test-key-of-the-backup-suite-0123456789';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): Promise<Result> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

type Bank = CmsBank;

/** A data folder and, on PostgreSQL, a fresh database, with the environment the commands read. */
const freshBank = (database: TestDatabase, extra: NodeJS.ProcessEnv = {}): Promise<Bank> =>
  freshCmsBank(database, { prefix: 'skb-backup', env: { CMS_LOG_LEVEL: 'error', ...extra } });

type Dump = Record<string, Record<string, Record<string, unknown>>>;

/** Every row of the bank, keyed by type and documentId|locale|status (tests/support/bank-dump.ts). */
async function dump(bank: Bank): Promise<Dump> {
  const file = path.join(bank.dataDir, `dump-${randomBytes(4).toString('hex')}.json`);
  const result = await run([DUMP, file], bank.env, CMS_DIR);
  expect(result.stderr, 'the dump ran cleanly').toBe('');
  expect(result.code).toBe(0);
  const rows = JSON.parse(await readFile(file, 'utf8')) as Dump;
  await rm(file);
  return rows;
}

/** sha256 of every file in the bank's uploads folder, by name. */
function uploads(bank: Bank): Record<string, string> {
  const dir = path.join(bank.dataDir, 'cms', 'public', 'uploads');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== '.gitkeep')
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  );
}

/** A stack.json that names a supervisor that runs (this test's process): the bank looks started. */
async function pretendRunning(bank: Bank): Promise<void> {
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'latin1');
  const startTime = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  const command = readFileSync(`/proc/${process.pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
  const record = {
    runId: 'backup-suite',
    supervisor: { pid: process.pid, startTime, command },
    startedAt: new Date().toISOString(),
    children: [],
    urls: { site: '', cms: '', search: '', indexer: '' },
  };
  await writeFile(path.join(bank.dataDir, 'stack.json'), JSON.stringify(record));
}

export function describeBackup(database: TestDatabase): void {
  // SQLite round-trips a plain archive, PostgreSQL an encrypted one: both paths are proven.
  const encrypted = database === 'postgres';
  const keyEnv = encrypted ? { BACKUP_ENCRYPTION_KEY: KEY } : {};

  describe(`npm run backup and npm run restore on ${database}`, { timeout: 1_500_000 }, () => {
    let source: Bank;
    let target: Bank;
    let archive: string;
    let backupOutput: Result;
    let restoreOutput: Result;
    let before: Dump;
    let after: Dump;

    beforeAll(async () => {
      source = await freshBank(database, keyEnv);
      target = await freshBank(database, keyEnv);
      const seed = await run(['scripts/seed.ts'], source.env, CMS_DIR);
      expect(seed.code, seed.stderr).toBe(0);
      backupOutput = await run(['scripts/backup.ts'], source.env);
      expect(backupOutput.code, backupOutput.stderr).toBe(0);
      archive = /^backup: (.+)$/m.exec(backupOutput.stdout)?.[1] ?? '';
      restoreOutput = await run(['scripts/restore.ts', archive, '--yes'], target.env);
      expect(restoreOutput.code, restoreOutput.stderr).toBe(0);
      // One after the other: each boot compiles the CMS into the same dist folder.
      before = await dump(source);
      after = await dump(target);
    }, 1_500_000);

    afterAll(async () => {
      await source?.remove();
      await target?.remove();
    });

    it('writes one timestamped, owner-only archive under DATA_DIR/backups and prints its path and size', () => {
      const extension = encrypted ? '\\.tar\\.gz\\.enc' : '\\.tar\\.gz';
      expect(path.dirname(archive)).toBe(path.join(source.dataDir, 'backups'));
      expect(path.basename(archive)).toMatch(
        new RegExp(`^servicekunskapsbanken-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ${extension}$`),
      );
      expect(readdirSync(path.dirname(archive))).toEqual([path.basename(archive)]);
      expect(statSync(archive).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(archive)).mode & 0o777).toBe(0o700);
      expect(backupOutput.stdout).toMatch(/\d+(\.\d)? (kB|MB); \d+ entries and records, \d+ links, 14 files/);
      expect(backupOutput.stdout).toContain(encrypted ? 'encrypted with BACKUP_ENCRYPTION_KEY' : 'not encrypted');
      // A plain archive is gzip; an encrypted one is not readable as such.
      const magic = readFileSync(archive).subarray(0, 2).toString('hex');
      if (encrypted) expect(magic).not.toBe('1f8b');
      else expect(magic).toBe('1f8b');
    });

    it('restores every entry of every type, locale and status, with its relations, components and media', () => {
      // The demo bank has what the comparison must cover: both locales, drafts and published rows,
      // the private helpdesk questions, the media library.
      const keys = PUBLIC_TYPES.flatMap((type) => Object.keys(before[type.uid] ?? {}));
      for (const part of ['|sv|draft', '|sv|published', '|en|draft', '|en|published']) {
        expect(
          keys.some((key) => key.endsWith(part)),
          part,
        ).toBe(true);
      }
      for (const type of PUBLIC_TYPES) expect(Object.keys(before[type.uid] ?? {}).length, type.uid).toBeGreaterThan(0);
      expect(Object.keys(before['api::question.question'] ?? {}).length).toBeGreaterThan(0);
      expect(Object.keys(before['plugin::upload.file'] ?? {})).toHaveLength(14);
      const linked = Object.values(before['api::consultation-response.consultation-response'] ?? {});
      expect(linked.some((row) => (row.document as string[]).length > 0 && (row.topics as string[]).length > 0)).toBe(
        true,
      );

      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const [uid, rows] of Object.entries(before)) {
        expect(Object.keys(after[uid] ?? {}).sort(), `${uid}: the same entries`).toEqual(Object.keys(rows).sort());
        for (const [key, row] of Object.entries(rows)) expect(after[uid]?.[key], `${uid} ${key}`).toEqual(row);
      }
    });

    it('restores every uploaded file byte for byte, owner-only', () => {
      const files = uploads(source);
      expect(Object.keys(files)).toHaveLength(14);
      expect(uploads(target)).toEqual(files);
      for (const name of Object.keys(files)) {
        expect(statSync(path.join(target.dataDir, 'cms', 'public', 'uploads', name)).mode & 0o077).toBe(0);
      }
      expect(restoreOutput.stdout).toMatch(/restore: .*\n.*14 files/);
      // The restored database counts as seeded: `npm start` must not seed demo content over it.
      expect(readFileSync(path.join(target.dataDir, 'cms', '.seeded'), 'utf8')).toContain(database);
    });

    it('refuses a truncated archive, a missing file, a wrong key and a running bank, and changes nothing', async () => {
      const files = uploads(target);
      const truncated = archive.replace(/(\.tar\.gz(\.enc)?)$/, '-truncated$1');
      const bytes = readFileSync(archive);
      await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const cut = await run(['scripts/restore.ts', truncated, '--yes'], target.env);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toContain('the backup is corrupt or truncated');
      expect(cut.stderr).toContain('säkerhetskopian är trasig eller ofullständig');
      expect(cut.stderr).toContain(truncated);

      const missing = await run(
        ['scripts/restore.ts', path.join(source.dataDir, 'nothing.tar.gz'), '--yes'],
        target.env,
      );
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/filen finns inte \/ the file does not exist: .*nothing\.tar\.gz/);

      if (encrypted) {
        const wrongKey = await run(['scripts/restore.ts', archive, '--yes'], {
          ...target.env,
          BACKUP_ENCRYPTION_KEY: `${KEY}-wrong`,
        });
        expect(wrongKey.code).toBe(1);
        expect(wrongKey.stderr).toContain('fel nyckel? / wrong key?');
        const noKey = await run(['scripts/restore.ts', archive, '--yes'], { ...target.env, BACKUP_ENCRYPTION_KEY: '' });
        expect(noKey.code).toBe(1);
        expect(noKey.stderr).toContain('BACKUP_ENCRYPTION_KEY is not set');
      }

      const unconfirmed = await run(['scripts/restore.ts', archive], target.env);
      expect(unconfirmed.code).toBe(1);
      expect(unconfirmed.stderr).toContain('confirm with --yes');

      await pretendRunning(target);
      const running = await run(['scripts/restore.ts', archive, '--yes'], target.env);
      await rm(path.join(target.dataDir, 'stack.json'));
      expect(running.code).toBe(1);
      expect(running.stderr).toMatch(/the bank is running \(PID \d+\); stop it first/);

      // Nothing of the target changed: the same entries, the same files.
      expect(uploads(target)).toEqual(files);
      expect(await dump(target)).toEqual(after);
    });
  });
}
