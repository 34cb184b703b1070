// `npm start`: the whole bank on embedded defaults, then a box of URLs. Ctrl-C stops everything it
// started. Each component's log is in DATA_DIR/logs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareCms, startCms } from './cms.ts';
import { REPO_ROOT, stackConfig } from './config.ts';
import { ensureEnvFile } from './env-file.ts';
import { assertPortsFree, type WantedPort } from './ports.ts';
import { type Child, lastLines, ProcessGroup } from './processes.ts';

const started = Date.now();
const log = (line: string) => console.log(`▸ ${line}`);

const { values: fileValues, added } = ensureEnvFile(
  path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', '.env'),
);
// The environment wins over .env, as it does for Strapi.
const env: NodeJS.ProcessEnv = { ...fileValues, ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
const config = stackConfig(env);
env.ENV_PATH = config.envFile;
env.DATA_DIR = config.dataDir;
if (added.length > 0) log(`.env: added ${added.join(', ')}`);

const group = new ProcessGroup(config.logDir);
const longRunning: Child[] = [];
let stopping = false;

async function shutdown(code: number, reason?: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (reason) console.error(`\n✖ ${reason}`);
    log('stopping…');
    await group.stopAll();
    log(code === 0 ? 'stopped, nothing left running' : 'stopped');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** A component that dies while the stack runs stops the stack, with its last log lines. */
function watch(child: Child): void {
  longRunning.push(child);
  void child.exited.then(({ code, signal }) => {
    if (stopping || child.stopping) return;
    void shutdown(
      1,
      `${child.name} stopped unexpectedly (${signal ?? `exit ${code}`}); last lines of ${child.logFile}:\n${lastLines(child.logFile)}`,
    );
  });
}

try {
  const wanted: WantedPort[] = [
    { name: 'CMS', port: config.cms.port, variable: 'CMS_PORT' },
    { name: 'site', port: config.site.port, variable: 'SITE_PORT' },
  ];
  await assertPortsFree(wanted);
  mkdirSync(config.dataDir, { recursive: true });

  await prepareCms({ config, group, env, log });
  log('cms: starting…');
  watch(await startCms({ config, group, env, log }));

  writeFileSync(
    path.join(config.dataDir, 'stack.json'),
    `${JSON.stringify({ pid: process.pid, startedAt: new Date(started).toISOString(), cms: config.cms.url }, null, 2)}\n`,
  );

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    `Servicekunskapsbanken is up (${seconds} s)`,
    '',
    `Admin    ${config.cms.url}/admin`,
    `  e-mail   ${env.STRAPI_ADMIN_EMAIL ?? ''}`,
    `  password ${env.STRAPI_ADMIN_PASSWORD ?? ''}  (kept in .env)`,
    `API      ${config.cms.url}/api/methods`,
    '',
    `Logs     ${path.relative(process.cwd(), config.logDir) || config.logDir}/`,
    'Stop     Ctrl-C',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  console.log(
    `\n┌${'─'.repeat(width + 2)}┐\n${lines.map((line) => `│ ${line.padEnd(width)} │`).join('\n')}\n└${'─'.repeat(width + 2)}┘\n`,
  );
} catch (error) {
  await shutdown(1, error instanceof Error ? error.message : String(error));
}
