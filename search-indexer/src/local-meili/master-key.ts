// The Meilisearch master key of the embedded setup: read from the environment, or generated once
// into the .env file so that the next start (and the CMS, the site build, the indexer) use the same.
import { randomBytes } from 'node:crypto';
import { addToEnvFile, readEnvFile } from '../env-file.ts';
import { ConfigError } from '../errors.ts';

/** The master key: MEILI_MASTER_KEY, else the one in `envPath`, else a new one added to `envPath`. */
export async function ensureMasterKey(args: {
  envPath: string;
  current?: string;
}): Promise<{ key: string; generated: boolean }> {
  if (args.current) return { key: args.current, generated: false };
  const existing = readEnvFile(args.envPath).MEILI_MASTER_KEY;
  if (existing) return { key: existing, generated: false };
  // A value in the file is never overwritten: an empty one is the user's to fill in or remove.
  if (existing === '')
    throw new ConfigError(
      'MEILI_MASTER_KEY',
      `is empty in ${args.envPath}: set it, or remove the line to have one generated`,
    );
  const key = randomBytes(32).toString('base64url');
  addToEnvFile(
    args.envPath,
    { MEILI_MASTER_KEY: key },
    'Meilisearch master key, generated on first run of the local Meilisearch. Never give it to the site.',
  );
  return { key, generated: true };
}
