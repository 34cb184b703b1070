// What `npm run backup` and `npm run restore` read: the stack's settings (the environment wins over
// .env, as for `npm start`), the data folder, the backups folder and the optional encryption key.
import path from 'node:path';
import { envFilePath, envWithFile } from '@skb/search-indexer';
import { stackConfig } from '../stack/config.ts';

export interface BackupSettings {
  /** The .env Strapi reads (ENV_PATH, relative to the repository's root; default .env). */
  envFile: string;
  env: NodeJS.ProcessEnv;
  config: ReturnType<typeof stackConfig>;
  backupDir: string;
  /** BACKUP_ENCRYPTION_KEY, or undefined for a plain compressed archive. */
  key: string | undefined;
}

export function backupSettings(environment: NodeJS.ProcessEnv = process.env): BackupSettings {
  const envFile = envFilePath(environment);
  const env = envWithFile(environment);
  const config = stackConfig(env);
  const key = env.BACKUP_ENCRYPTION_KEY?.trim() || undefined;
  if (key !== undefined && key.length < 16) {
    throw new Error('BACKUP_ENCRYPTION_KEY must be at least 16 characters long (or empty for no encryption)');
  }
  return { envFile, env, config, backupDir: path.join(config.dataDir, 'backups'), key };
}

/**
 * Prepares this process to boot the CMS as the stack does: Strapi reads the same .env, and the
 * search webhook stays off (a backup or restore must not send the indexer anything).
 */
export function prepareCmsEnvironment(settings: BackupSettings): void {
  process.env.ENV_PATH = settings.envFile;
  process.env.DATA_DIR = settings.config.dataDir;
  process.env.SEARCH_WEBHOOK_URL = '';
  process.env.CMS_LOG_LEVEL ??= 'error';
  process.env.CMS_STARTUP_LOG = 'false';
}

export const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
