// The CMS's own settings (beyond Strapi's config/ files): read from the environment in one place, each
// with a default that works locally; a wrong value stops the CMS with a message naming the variable.

type Env = Record<string, string | undefined>;

export class SettingError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = 'SettingError';
  }
}

export interface CmsCorsSettings {
  /** Origins whose pages may read the public API from a browser (never with credentials); `*` = any. */
  corsOrigins: '*' | readonly string[];
  /** The admin panel's own origin (from CMS_PUBLIC_URL): the only one that gets credentials. */
  adminOrigin: string | null;
}

export interface CmsSecuritySettings {
  /** Reverse proxies in front of the CMS whose X-Forwarded-For entries are trusted (0 = none). */
  trustedProxyHops: number;
  /** Largest JSON body the public API (`/api/*` outside uploads) accepts, in bytes. */
  apiBodyLimitBytes: number;
  /** Largest file the admin's media library accepts, in bytes. */
  uploadLimitBytes: number;
}

function integer(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new SettingError(name, `must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}

function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(name, `has "${value}", which is not an origin such as https://servicekunskapsbanken.se`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin === 'null') {
    throw new SettingError(name, `has "${value}": only http(s) origins are allowed, never "null"`);
  }
  return url.origin;
}

function corsOrigins(env: Env, production: boolean): '*' | string[] {
  const raw = (env.CMS_CORS_ORIGINS ?? '').trim();
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0 || items.includes('*')) {
    if (production) {
      throw new SettingError(
        'CMS_CORS_ORIGINS',
        `must list the site's origins (e.g. https://servicekunskapsbanken.se) when NODE_ENV=production, not "${raw || '(empty)'}"`,
      );
    }
    return '*';
  }
  return items.map((item) => origin('CMS_CORS_ORIGINS', item));
}

/**
 * Read when the server starts (not by `strapi build`, which loads the config files too): production
 * needs an explicit list of the site's origins.
 */
export function loadCorsSettings(env: Env = process.env): CmsCorsSettings {
  const publicUrl = env.CMS_PUBLIC_URL?.trim();
  return {
    corsOrigins: corsOrigins(env, env.NODE_ENV === 'production'),
    adminOrigin: publicUrl ? origin('CMS_PUBLIC_URL', publicUrl) : null,
  };
}

export function loadSecuritySettings(env: Env = process.env): CmsSecuritySettings {
  return {
    trustedProxyHops: integer(env, 'CMS_TRUSTED_PROXY_HOPS', 0, 0),
    apiBodyLimitBytes: integer(env, 'CMS_API_BODY_LIMIT_KB', 1024, 1) * 1024,
    uploadLimitBytes: integer(env, 'CMS_UPLOAD_LIMIT_MB', 50, 1) * 1024 * 1024,
  };
}
