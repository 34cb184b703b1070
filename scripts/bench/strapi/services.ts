// The services of a benchmark run through the real path, each in a process of its own as npm start
// runs them: the CMS (Strapi on a copy of the corpus database, its search outbox pointed at the
// indexer) and the indexer's webhook receiver; and the admin's content-manager API, logged in as the
// admin panel logs in.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { httpRequest, REPO_ROOT } from '@skb/search-indexer';
import { freePort } from '../../../tests/support/ports.ts';
import { waitForHttp } from '../../stack/wait.ts';

export interface Service {
  url: string;
  stop(): Promise<void>;
}

/** Starts `args` with `env`, waits until `healthPath` answers; output goes to the bench's stderr on failure. */
async function startService(args: {
  name: string;
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  healthPath: string;
}): Promise<Service> {
  const child: ChildProcess = spawn(process.execPath, args.argv, {
    cwd: args.cwd,
    env: args.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${args.port}`;
  try {
    await waitForHttp(`${url}${args.healthPath}`, {
      timeoutMs: 300_000,
      intervalMs: 100,
      abort: exited,
      what: args.name,
    });
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${args.name} did not start: ${(error as Error).message}\n${output}`);
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The CMS's REST and admin API (cms/scripts/serve.ts: Strapi from the compiled dist/, without serving
 * the admin panel's static files), its outbox sending change notices to `webhook` when given.
 */
export async function startCmsProcess(env: NodeJS.ProcessEnv, webhook?: { url: string; secret: string }) {
  const port = await freePort();
  return startService({
    name: 'CMS',
    argv: ['scripts/serve.ts', '--no-compile'],
    cwd: path.join(REPO_ROOT, 'cms'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...env,
      CMS_HOST: '127.0.0.1',
      CMS_PORT: String(port),
      CMS_STARTUP_LOG: 'false',
      ...(webhook ? { SEARCH_WEBHOOK_URL: webhook.url, SEARCH_WEBHOOK_SECRET: webhook.secret } : {}),
    },
    port,
    healthPath: '/_health',
  });
}

/** The indexer's receiver (`skb-indexer serve`), reading `cmsUrl` and writing to the index `knowledge`. */
export async function startIndexerProcess(args: {
  port: number;
  cmsUrl: string;
  meiliHost: string;
  masterKey: string;
  secret: string;
}): Promise<Service> {
  return startService({
    name: 'indexer',
    argv: [path.join(REPO_ROOT, 'search-indexer/src/cli.ts'), 'serve'],
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ENV_PATH: '/dev/null',
      MEILI_HOST: args.meiliHost,
      MEILI_MASTER_KEY: args.masterKey,
      CMS_URL: args.cmsUrl,
      INDEXER_HOST: '127.0.0.1',
      INDEXER_PORT: String(args.port),
      SEARCH_WEBHOOK_SECRET: args.secret,
      SEARCH_INDEX: 'knowledge',
      // The bench reindexed just before: no comparison with the CMS while it measures.
      RECONCILE_INTERVAL_MS: '0',
    },
    port: args.port,
    healthPath: '/health',
  });
}

export interface AdminApi {
  send(method: string, pathAndQuery: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/** Logs in at /admin/login as the admin panel does and talks to the admin API with its token. */
export async function adminApi(cmsUrl: string, credentials: { email: string; password: string }): Promise<AdminApi> {
  const call = async (method: string, pathAndQuery: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await httpRequest(`${cmsUrl}${pathAndQuery}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: response.body ? JSON.parse(response.body) : null };
  };
  const login = await call('POST', '/admin/login', credentials);
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = (login.body as { data: { token: string } }).data.token;
  return { send: (method, pathAndQuery, body) => call(method, pathAndQuery, body, token) };
}
