// The stack's .env: read it, and add what is missing (generated secrets, the local admin) without
// ever changing a value that is already there. It holds every secret: owner-only, written in one
// step, and an existing file readable by others is tightened (and said so).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tighten, writePrivateFile } from './private-files.ts';

export type EnvValues = Record<string, string>;

/** Parses KEY=value lines; ignores comments and blank lines; strips matching quotes. */
export function parseEnv(text: string): EnvValues {
  const values: EnvValues = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    values[key] = value;
  }
  return values;
}

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
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
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
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const values = parseEnv(existing);
  const missing = Object.entries(generatedDefaults()).filter(([key]) => values[key] === undefined && !environment[key]);
  if (missing.length > 0) {
    const header = existing
      ? '\n# Added by npm start\n'
      : '# Written by npm start with generated secrets. Keep it out of git. See .env.example for every setting.\n';
    const lines = missing.map(([key, value]) => `${key}=${value}`).join('\n');
    writePrivateFile(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines}\n`);
    for (const [key, value] of missing) values[key] = value;
  }
  return { values, added: missing.map(([key]) => key), tightened };
}
