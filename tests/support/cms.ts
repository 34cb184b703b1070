// Boots the real CMS in the test's process, on SQLite in a temporary folder or on a fresh
// PostgreSQL database, with fresh secrets and a free port.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCms } from '@skb/cms/boot';
import { seedDemoContent } from '@skb/cms/seed';
import { freshStrapiSecrets } from '@skb/cms/strapi-secrets';
import type { Core, Modules, UID } from '@strapi/strapi';
import { freePort } from './ports.ts';
import { createTestDatabase, dropTestDatabase, pgConnection } from './postgres.ts';

export type TestDatabase = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON that the tests' assertions inspect
export type JsonBody = any;

export interface TestCms {
  strapi: Core.Strapi;
  /** Base URL of the REST API's server, e.g. http://127.0.0.1:41234 */
  url: string;
  database: TestDatabase;
  /** Creates a content-API token and returns its secret. */
  apiToken(type?: 'full-access' | 'read-only'): Promise<string>;
  /** GET a path of the CMS and return status and JSON body. */
  get(pathAndQuery: string, token?: string): Promise<{ status: number; body: JsonBody }>;
  /** Send JSON to the CMS and return status and JSON body. */
  send(
    method: string,
    pathAndQuery: string,
    body: unknown,
    token?: string,
  ): Promise<{ status: number; body: JsonBody }>;
  /** Stops the CMS and boots it again on the same database and data folder (migrations run again). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** What Strapi's generated types (cms/types/generated) accept as the data of a new entry of `T`. */
type EntryInput<T extends UID.ContentType> = Modules.Documents.Params.Data.Input<T>;

/**
 * Entry data as the tests write it, checked against Strapi's generated types but with the slug left
 * out: the CMS makes one from the title (cms/src/documents/validate.ts), while the types, generated
 * from the schema, require it. Returns `data` as it is.
 */
export function entryInput<T extends UID.ContentType>(
  _uid: T,
  data: Omit<EntryInput<T>, 'slug'> & { slug?: string },
): EntryInput<T> {
  return data as EntryInput<T>;
}

const secret = () => randomBytes(24).toString('base64url');

/** A CMS's data folder and environment: fresh secrets and, on PostgreSQL, a fresh database. */
export interface CmsBank {
  dataDir: string;
  /** What a CMS command (Strapi, the seed, backup, restore) reads, in this process or a child's. */
  env: NodeJS.ProcessEnv;
  /** Drops the database and deletes the folder. */
  remove(): Promise<void>;
}

/**
 * A new, empty bank for one test: a temporary data folder, a fresh PostgreSQL database when asked,
 * the secrets Strapi needs, and `env` on top (it wins).
 */
export async function freshCmsBank(
  database: TestDatabase,
  options: { prefix?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CmsBank> {
  const prefix = options.prefix ?? 'skb-cms';
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ENV_PATH: path.join(dataDir, 'no.env'),
    ...freshStrapiSecrets(),
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    CMS_LOG_LEVEL: 'warn',
    DATABASE_CLIENT: database,
    ...options.env,
  };
  let pgName: string | undefined;
  if (database === 'postgres') {
    pgName = await createTestDatabase(prefix.replaceAll('-', '_'));
    const pgc = pgConnection();
    Object.assign(env, {
      DATABASE_HOST: pgc.host,
      DATABASE_PORT: String(pgc.port),
      DATABASE_USERNAME: pgc.user,
      DATABASE_PASSWORD: pgc.password,
      DATABASE_NAME: pgName,
    });
  }
  return {
    dataDir,
    env,
    async remove() {
      if (pgName) await dropTestDatabase(pgName);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sets the environment a CMS boot reads. Each vitest file runs in its own process, so this is local to it. */
function setEnv(values: Record<string, string>): void {
  for (const [key, value] of Object.entries(values)) process.env[key] = value;
}

export async function startTestCms(
  options: {
    database?: TestDatabase;
    seed?: boolean;
    listen?: boolean;
    /** Serve the admin panel (build it first with `buildAdminPanel`). */
    admin?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<TestCms> {
  const database = options.database ?? 'sqlite';
  const port = await freePort();
  const bank = await freshCmsBank(database, {
    env: {
      CMS_HOST: '127.0.0.1',
      CMS_PORT: String(port),
      CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn',
      CMS_STARTUP_LOG: 'false',
      HELPDESK_RATE_LIMIT: '20',
      ...options.env,
    },
  });
  const { PATH: _path, HOME: _home, ...cmsEnv } = bank.env;
  setEnv(cmsEnv as Record<string, string>);
  if (database === 'sqlite') delete process.env.DATABASE_NAME;
  let strapi = await loadCms({ serveAdmin: options.admin });
  if (options.seed) await seedDemoContent(strapi);
  if (options.listen !== false) await strapi.start();
  const url = `http://127.0.0.1:${port}`;

  const request = async (method: string, pathAndQuery: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url + pathAndQuery, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };

  return {
    get strapi() {
      return strapi;
    },
    url,
    database,
    async apiToken(type = 'full-access') {
      const token = await strapi
        .service('admin::api-token')
        .create({ name: `test-${type}-${secret()}`, type, kind: 'content-api', lifespan: null });
      return token.accessKey as string;
    },
    get: (pathAndQuery, token) => request('GET', pathAndQuery, undefined, token),
    send: (method, pathAndQuery, body, token) => request(method, pathAndQuery, body, token),
    async restart() {
      await destroyKeepingProcessListeners(strapi);
      strapi = await loadCms({ serveAdmin: options.admin, compile: false });
      if (options.listen !== false) await strapi.start();
    },
    async stop() {
      await destroyKeepingProcessListeners(strapi);
      await bank.remove();
    },
  };
}

/**
 * Strapi's destroy() calls process.removeAllListeners(), which also removes the test runner's own
 * IPC listeners and ends its worker. Put back what was there before.
 */
async function destroyKeepingProcessListeners(strapi: Core.Strapi): Promise<void> {
  const saved = process.eventNames().map((name) => [name, process.listeners(name as never)] as const);
  try {
    await strapi.destroy();
  } finally {
    for (const [name, listeners] of saved) {
      const present = new Set(process.listeners(name as never));
      for (const listener of listeners) {
        if (!present.has(listener)) process.on(name as never, listener as never);
      }
    }
  }
}

/**
 * The published helpdesk answers as search holds them: search id → publishedAt (epoch ms), read from
 * the CMS's public route, the one the indexer reads.
 */
export async function publishedAnswerVersions(cms: TestCms): Promise<Map<string, number>> {
  const { status, body } = await cms.get('/api/helpdesk/faq');
  if (status !== 200) throw new Error(`/api/helpdesk/faq answered ${status}`);
  const items = (body as { data: { documentId: string; publishedAt: string }[] }).data;
  return new Map(items.map((item) => [`question-${item.documentId}-sv`, Date.parse(item.publishedAt)]));
}
