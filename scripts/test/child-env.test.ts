import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, isSecret, settingNames } from '../stack/child-env.ts';
import { REPO_ROOT } from '../stack/config.ts';

const names = settingNames(path.join(REPO_ROOT, '.env.example'));
const settings = {
  NODE_ENV: 'production',
  DATA_DIR: '/srv/skb/data',
  ENV_PATH: '/dev/null',
  APP_KEYS: 'a,b',
  ADMIN_JWT_SECRET: 'jwt',
  API_TOKEN_SALT: 'salt',
  STRAPI_ADMIN_EMAIL: 'admin@example.se',
  STRAPI_ADMIN_PASSWORD: 'Hemligt123',
  DATABASE_PASSWORD: 'pg',
  DATABASE_CLIENT: 'postgres',
  MEILI_MASTER_KEY: 'master',
  MEILI_PORT: '7700',
  SEARCH_WEBHOOK_SECRET: 'webhook-secret-1234',
  REINDEX_WEBHOOK_SECRET: 'reindex-secret-1234',
  SITE_REBUILD_SECRET: 'rebuild-secret-1234',
  PREVIEW_SECRET: 'preview-secret-1234',
  PREVIEW_SITE_URL: 'http://127.0.0.1:4321',
  CMS_URL: 'http://127.0.0.1:1337',
  CMS_PORT: '1337',
  PUBLIC_MEILI_SEARCH_KEY: 'search-only',
  SITE_URL: 'https://example.se',
  NOT_A_SETTING: 'x',
};
const userEnv = {
  PATH: '/usr/bin',
  HOME: '/home/u',
  LANG: 'sv_SE.UTF-8',
  GITHUB_TOKEN: 'ghp_x',
  AWS_SECRET_ACCESS_KEY: 'aws',
};
const envOf = (component: Parameters<typeof childEnv>[0]) =>
  childEnv(component, { userEnv, settings, settingNames: names });

describe('childEnv', () => {
  it('gives the site build no secret but its search-only key', () => {
    const env = envOf('site-build');
    expect(env).toMatchObject({
      CMS_URL: settings.CMS_URL,
      SITE_URL: settings.SITE_URL,
      PUBLIC_MEILI_SEARCH_KEY: 'search-only',
    });
    for (const name of [
      'APP_KEYS',
      'ADMIN_JWT_SECRET',
      'STRAPI_ADMIN_PASSWORD',
      'STRAPI_ADMIN_EMAIL',
      'DATABASE_PASSWORD',
      'MEILI_MASTER_KEY',
      'SEARCH_WEBHOOK_SECRET',
      'REINDEX_WEBHOOK_SECRET',
      'SITE_REBUILD_SECRET',
      'PREVIEW_SECRET',
    ]) {
      expect(env, name).not.toHaveProperty(name);
    }
  });

  it('gives the preview secret to the CMS only (the stack checks it in its own process)', () => {
    expect(envOf('cms')).toMatchObject({
      PREVIEW_SECRET: 'preview-secret-1234',
      PREVIEW_SITE_URL: 'http://127.0.0.1:4321',
    });
    for (const component of ['meilisearch', 'indexer', 'site-build'] as const) {
      expect(envOf(component), component).not.toHaveProperty('PREVIEW_SECRET');
    }
  });

  it('gives Meilisearch its master key and nothing of the CMS', () => {
    const env = envOf('meilisearch');
    expect(env).toMatchObject({ MEILI_MASTER_KEY: 'master', MEILI_PORT: '7700', DATA_DIR: settings.DATA_DIR });
    for (const name of [
      'APP_KEYS',
      'STRAPI_ADMIN_PASSWORD',
      'DATABASE_PASSWORD',
      'SEARCH_WEBHOOK_SECRET',
      'DATABASE_CLIENT',
      'CMS_URL',
    ]) {
      expect(env, name).not.toHaveProperty(name);
    }
  });

  it('gives the indexer the master key and the webhook secret, not the CMS secrets', () => {
    const env = envOf('indexer');
    expect(env).toMatchObject({
      MEILI_MASTER_KEY: 'master',
      SEARCH_WEBHOOK_SECRET: settings.SEARCH_WEBHOOK_SECRET,
      CMS_URL: settings.CMS_URL,
    });
    for (const name of ['APP_KEYS', 'STRAPI_ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'PUBLIC_MEILI_SEARCH_KEY'])
      expect(env, name).not.toHaveProperty(name);
  });

  it('gives each channel secret only to the two ends of its channel in the stack', () => {
    expect(envOf('indexer')).toMatchObject({
      REINDEX_WEBHOOK_SECRET: 'reindex-secret-1234',
      SITE_REBUILD_SECRET: 'rebuild-secret-1234',
    });
    for (const component of ['cms', 'meilisearch', 'site-build'] as const) {
      expect(envOf(component), component).not.toHaveProperty('REINDEX_WEBHOOK_SECRET');
      expect(envOf(component), component).not.toHaveProperty('SITE_REBUILD_SECRET');
    }
  });

  it('gives the CMS its secrets and the database, not the master key', () => {
    const env = envOf('cms');
    expect(env).toMatchObject({
      APP_KEYS: 'a,b',
      STRAPI_ADMIN_PASSWORD: 'Hemligt123',
      DATABASE_PASSWORD: 'pg',
      SEARCH_WEBHOOK_SECRET: settings.SEARCH_WEBHOOK_SECRET,
    });
    expect(env).not.toHaveProperty('MEILI_MASTER_KEY');
  });

  it("passes the user's system variables, never their tokens or unknown names", () => {
    for (const component of ['cms', 'meilisearch', 'indexer', 'site-build'] as const) {
      const env = envOf(component);
      expect(env).toMatchObject({ PATH: '/usr/bin', HOME: '/home/u', LANG: 'sv_SE.UTF-8', NODE_ENV: 'production' });
      for (const name of ['GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'NOT_A_SETTING'])
        expect(env, name).not.toHaveProperty(name);
    }
  });

  it('counts every generated secret as a secret', () => {
    for (const name of [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'MEILI_MASTER_KEY',
      'SEARCH_WEBHOOK_SECRET',
      'PREVIEW_SECRET',
      'STRAPI_ADMIN_PASSWORD',
      'DATABASE_URL',
    ]) {
      expect(isSecret(name), name).toBe(true);
    }
    expect(isSecret('CMS_PORT')).toBe(false);
  });
});
