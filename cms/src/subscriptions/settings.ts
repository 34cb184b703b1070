import { createHmac } from 'node:crypto';

// The digest's settings, read from the environment; a wrong value stops the CMS naming the variable.

export interface DigestSettings {
  /** Key of the HMAC that signs confirmation, unsubscribe and change links. */
  secret: string;
  /** The site's address, for the pages a reader lands on and the entries' links. */
  siteUrl: string;
  /** The CMS's address as a reader's mail program reaches it (confirm and unsubscribe links). */
  cmsUrl: string;
  /** Whether the CMS runs the digest on its own schedule (`DIGEST_SCHEDULE`, default on). */
  schedule: boolean;
  /** When the weekly digest goes out (cron, Europe/Stockholm). */
  weeklyCron: string;
  /** How often "när något nytt kommer" is checked (cron, Europe/Stockholm). */
  immediateCron: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** A cron pattern of 5 fields (or 6, with seconds first); Strapi would only log a wrong one and never run it. */
function cronSetting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  const fields = value.split(/\s+/);
  if (fields.length < 5 || fields.length > 6 || !fields.every((field) => /^[0-9A-Za-z*,/?#LW-]+$/.test(field))) {
    throw new Error(
      `${name} must be a cron pattern such as "${fallback}" (minute hour day month weekday), not "${value}"`,
    );
  }
  return value;
}

export function digestSettings(env: NodeJS.ProcessEnv = process.env): DigestSettings {
  let secret = env.DIGEST_SECRET?.trim() ?? '';
  if (!secret) {
    if (env.NODE_ENV === 'production') {
      throw new Error(
        'DIGEST_SECRET is not set: add it to .env (npm start writes one with generated secrets; see .env.example)',
      );
    }
    // Development without a .env from npm start: a key derived from the app keys, stable across restarts.
    secret = createHmac('sha256', env.APP_KEYS ?? 'skb-development')
      .update('digest-links')
      .digest('base64url');
  }
  if (secret.length < 16) throw new Error('DIGEST_SECRET must be at least 16 characters long');
  const schedule = (env.DIGEST_SCHEDULE ?? 'on').trim() || 'on';
  if (!['on', 'off'].includes(schedule)) throw new Error(`DIGEST_SCHEDULE must be "on" or "off", not "${schedule}"`);
  const host = env.CMS_HOST || '127.0.0.1';
  return {
    secret,
    siteUrl: trimSlash(env.SITE_URL || 'http://127.0.0.1:4321'),
    cmsUrl: trimSlash(env.CMS_PUBLIC_URL || env.CMS_URL || `http://${host}:${env.CMS_PORT || 1337}`),
    schedule: schedule === 'on',
    weeklyCron: cronSetting(env, 'DIGEST_WEEKLY_CRON', '0 7 * * 1'),
    immediateCron: cronSetting(env, 'DIGEST_IMMEDIATE_CRON', '5 * * * *'),
  };
}
