// Backups of the bank through Strapi's own data transfer (`strapi export` / `strapi import` use the
// same providers): every content entry in every locale, draft and published, the links between them,
// the media library with its files, and the CMS's configuration (core store, webhooks). What Strapi
// leaves out on purpose (admin users, admin roles, API and transfer tokens: every `admin::` type,
// and content releases) is not in the archive; see docs/RELIABILITY.md.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { describeError } from '@skb/search-indexer';
import { file as fileTransfer, strapi as strapiTransfer, engine as transferEngine, utils } from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';

/** A failure the person running the command can act on; the message is the whole story. */
export class BackupError extends Error {}

/** The types Strapi's own export and import leave out (admin users, tokens, releases). */
const ignored = (uid: string) => strapiTransfer.isIgnoredOfficialTransferType(uid);

const transforms = {
  entities: [{ filter: (entity: { type: string }) => !ignored(entity.type) }],
  links: [
    {
      filter: (link: { left: { type: string }; right: { type: string } }) =>
        !ignored(link.left.type) && !ignored(link.right.type),
    },
  ],
};

/** Strapi's transfer reports problems as diagnostics; keep the errors for the message. */
function collectErrors(engine: { diagnostics: { onDiagnostic(listener: (d: unknown) => void): unknown } }): string[] {
  const errors: string[] = [];
  engine.diagnostics.onDiagnostic((diagnostic) => {
    const { kind, details } = diagnostic as { kind: string; details?: { message?: string } };
    if (kind === 'error' && details?.message) errors.push(details.message);
  });
  return errors;
}

const reason = (error: unknown, errors: string[]) => [...new Set([...errors, describeError(error)])].join('; ');

export interface TransferCounts {
  entities: number;
  links: number;
  assets: number;
  configuration: number;
}

function counts(results: { engine?: Record<string, { count?: number } | undefined> }): TransferCounts {
  const of = (stage: string) => results.engine?.[stage]?.count ?? 0;
  return { entities: of('entities'), links: of('links'), assets: of('assets'), configuration: of('configuration') };
}

/**
 * Writes the bank of `strapi` to `basePath` + `.tar.gz` (+ `.enc` with a key) and returns the
 * archive's path. A failed export leaves no file behind.
 */
export async function exportBank(
  strapi: Core.Strapi,
  basePath: string,
  key: string | undefined,
): Promise<{ file: string; counts: TransferCounts }> {
  const source = strapiTransfer.providers.createLocalStrapiSourceProvider({
    getStrapi: async () => strapi,
    autoDestroy: false,
  });
  const destination = fileTransfer.providers.createLocalFileDestinationProvider({
    file: { path: basePath },
    compression: { enabled: true },
    encryption: { enabled: Boolean(key), key },
  });
  const engine = transferEngine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms,
  });
  const errors = collectErrors(engine);
  try {
    const results = await engine.transfer();
    const file = results.destination?.file?.path;
    if (!file || !existsSync(file)) throw new Error('Strapi wrote no archive');
    return { file, counts: counts(results) };
  } catch (error) {
    const partial = `${basePath}.tar.gz${key ? '.enc' : ''}`;
    await rm(partial, { force: true });
    throw new BackupError(`säkerhetskopieringen misslyckades / the backup failed: ${reason(error, errors)}`);
  }
}

export const isEncrypted = (file: string) => file.endsWith('.enc');

/**
 * Reads the whole archive before anything is changed: it must decrypt with the key, decompress to
 * its end (gzip's checksum and length catch a truncated or altered file), and Strapi's own reader
 * must find its metadata and schemas. Throws a BackupError naming the problem.
 */
export async function checkArchive(file: string, key: string | undefined): Promise<{ bytes: number }> {
  if (!existsSync(file)) throw new BackupError(`filen finns inte / the file does not exist: ${file}`);
  if (!statSync(file).isFile()) throw new BackupError(`är ingen fil / is not a file: ${file}`);
  if (!/\.tar\.gz(\.enc)?$/.test(file)) {
    throw new BackupError(
      `okänd filtyp, väntade .tar.gz eller .tar.gz.enc / unknown kind of file, expected .tar.gz or .tar.gz.enc: ${file}`,
    );
  }
  if (isEncrypted(file) && !key) {
    throw new BackupError(
      `säkerhetskopian är krypterad men BACKUP_ENCRYPTION_KEY saknas / the backup is encrypted and BACKUP_ENCRYPTION_KEY is not set: ${file}`,
    );
  }
  let bytes = 0;
  try {
    const count = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    if (isEncrypted(file)) {
      const decipher = utils.encryption.createDecryptionCipher(key as string);
      await pipeline(createReadStream(file), decipher, createGunzip(), count);
    } else {
      await pipeline(createReadStream(file), createGunzip(), count);
    }
  } catch (error) {
    const detail = describeError(error);
    const cause = isEncrypted(file) ? ' (fel nyckel? / wrong key?)' : '';
    throw new BackupError(
      `säkerhetskopian är trasig eller ofullständig${cause} / the backup is corrupt or truncated: ${file} (${detail})`,
    );
  }
  const source = sourceOf(file, key);
  try {
    await source.bootstrap(undefined as never);
    await source.getSchemas();
  } catch (error) {
    const detail = describeError(error);
    throw new BackupError(
      `filen är ingen säkerhetskopia av banken / the file is not a backup of the bank: ${file} (${detail})`,
    );
  }
  return { bytes };
}

function sourceOf(file: string, key: string | undefined) {
  return fileTransfer.providers.createLocalFileSourceProvider({
    file: { path: file },
    compression: { enabled: true },
    encryption: { enabled: isEncrypted(file), key: isEncrypted(file) ? key : undefined },
  });
}

/** The folder Strapi serves uploads from, and the folders its import parks the old uploads in. */
function uploadFolders(strapi: Core.Strapi): { uploads: string; parked: string[] } {
  const publicDir = strapi.dirs.static.public;
  const parked = existsSync(publicDir)
    ? readdirSync(publicDir)
        .filter((name) => name.startsWith('uploads_backup_'))
        .map((name) => path.join(publicDir, name))
    : [];
  return { uploads: path.join(publicDir, 'uploads'), parked };
}

/**
 * Replaces everything the archive holds in the bank of `strapi` with the archive's content
 * (Strapi's `restore` strategy, in one database transaction). When it fails, the database is
 * rolled back and the upload folder that Strapi's import moved aside is put back.
 */
export async function importBank(strapi: Core.Strapi, file: string, key: string | undefined): Promise<TransferCounts> {
  const parkedBefore = new Set(uploadFolders(strapi).parked);
  const destination = strapiTransfer.providers.createLocalStrapiDestinationProvider({
    getStrapi: async () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    restore: {
      entities: { exclude: Object.keys(strapi.contentTypes).filter(ignored), include: undefined },
      assets: true,
      configuration: { webhook: true, coreStore: true },
    },
  });
  const engine = transferEngine.createTransferEngine(sourceOf(file, key), destination, {
    versionStrategy: transferEngine.DEFAULT_VERSION_STRATEGY,
    schemaStrategy: transferEngine.DEFAULT_SCHEMA_STRATEGY,
    transforms,
  });
  const errors = collectErrors(engine);
  try {
    return counts(await engine.transfer());
  } catch (error) {
    const { uploads, parked } = uploadFolders(strapi);
    const ours = parked.filter((folder) => !parkedBefore.has(folder));
    if (ours.length === 1) {
      await rm(uploads, { recursive: true, force: true });
      await rename(ours[0] as string, uploads);
    }
    throw new BackupError(
      `återställningen misslyckades, banken är som förut / the restore failed, the bank is as it was: ${reason(error, errors)}`,
    );
  }
}
