// The stack's .env: add what is missing (generated secrets, the local admin) without ever changing
// a value that is already there. It holds every secret: owner-only, written in one step (by the
// indexer package's addToEnvFile, the one writer of .env), and an existing file readable by others
// is tightened (and said so).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { freshStrapiSecrets } from '@skb/cms/strapi-secrets';
import { addToEnvFile, type EnvValues, readEnvFile } from '@skb/search-indexer';
import { tighten } from './private-files.ts';

const secret = (bytes = 24) => randomBytes(bytes).toString('base64url');

/**
 * A password Strapi's admin accepts: upper and lower case letters and digits, 24 characters, whatever
 * the random bytes (`random` is for the test that tries the unluckiest ones).
 */
export function adminPassword(random: (size: number) => Buffer = randomBytes): string {
  const body = random(15).toString('base64url').replace(/[-_]/g, 'x');
  return `Skb${body}7`;
}

/** Values the embedded stack needs that a fresh .env lacks. */
export function generatedDefaults(): EnvValues {
  return {
    ...freshStrapiSecrets({ appKeys: 4 }),
    MEILI_MASTER_KEY: secret(32),
    SEARCH_WEBHOOK_SECRET: secret(32),
    REINDEX_WEBHOOK_SECRET: secret(32),
    SITE_REBUILD_SECRET: secret(32),
    DIGEST_SECRET: secret(32),
    PREVIEW_SECRET: secret(32),
    STRAPI_ADMIN_EMAIL: 'admin@servicekunskapsbanken.local',
    STRAPI_ADMIN_PASSWORD: adminPassword(),
  };
}

/** A password as `npm start` prints it: enough to recognise it, not enough to use it. */
export function maskSecret(value: string): string {
  return value.length <= 6 ? '…' : `${value.slice(0, 3)}…`;
}

/**
 * Makes sure `file` holds every generated default, appending only the keys that neither the file
 * nor the environment has, and that only its owner can read it. Returns the file's values after
 * the change, the keys it added, and whether it had to tighten the file's mode.
 */
export function ensureEnvFile(
  file: string,
  environment: NodeJS.ProcessEnv = process.env,
): {
  values: EnvValues;
  added: string[];
  tightened: boolean;
} {
  const tightened = tighten(file);
  const comment = existsSync(file)
    ? 'Added by npm start'
    : 'Written by npm start with generated secrets. Keep it out of git. See .env.example for every setting.';
  const missing = Object.fromEntries(Object.entries(generatedDefaults()).filter(([key]) => !environment[key]));
  const added = addToEnvFile(file, missing, comment);
  return { values: readEnvFile(file), added, tightened };
}
