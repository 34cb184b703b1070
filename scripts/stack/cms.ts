// The CMS inside the stack: compile, build the admin panel on first run (with its progress shown),
// seed the demo content once, then `strapi start` as a child process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { adminBuildIsCurrent } from '@skb/cms/admin-build';
import type { StackConfig } from './config.ts';
import type { Child, ProcessGroup } from './processes.ts';

const require = createRequire(import.meta.url);

function strapiBin(root: string): string {
  const packageJson = require.resolve('@strapi/strapi/package.json', { paths: [path.join(root, 'cms')] });
  return path.join(path.dirname(packageJson), 'bin', 'strapi.js');
}

export interface CmsStartOptions {
  config: StackConfig;
  group: ProcessGroup;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/**
 * Marker written after the first seed of a database: later starts never reseed it, even when editors
 * have deleted the demo entries. A different database (another DATABASE_* setting) is seeded anew.
 */
const seededMarker = (config: StackConfig) => path.join(config.dataDir, 'cms', '.seeded');

function databaseIdentity(env: NodeJS.ProcessEnv): string {
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client === 'sqlite') return `sqlite:${env.DATABASE_FILENAME || 'default'}`;
  return `${client}:${env.DATABASE_URL || `${env.DATABASE_HOST || '127.0.0.1'}:${env.DATABASE_PORT || 5432}/${env.DATABASE_NAME || 'servicekunskapsbanken'}`}`;
}

function alreadySeeded(config: StackConfig, env: NodeJS.ProcessEnv): boolean {
  // A deleted SQLite file is an empty database, whatever the marker says.
  const client = env.DATABASE_CLIENT || 'sqlite';
  const sqliteFile = env.DATABASE_FILENAME || path.join(config.dataDir, 'cms', 'strapi.db');
  if (client === 'sqlite' && !existsSync(sqliteFile)) return false;
  try {
    return readFileSync(seededMarker(config), 'utf8').split('\n').includes(databaseIdentity(env));
  } catch {
    return false;
  }
}

/** Records that the database of `env` holds the bank (a restore did it), so no start seeds over it. */
export function markSeeded(config: StackConfig, env: NodeJS.ProcessEnv): void {
  if (alreadySeeded(config, env)) return;
  mkdirSync(path.dirname(seededMarker(config)), { recursive: true });
  const previous = existsSync(seededMarker(config)) ? readFileSync(seededMarker(config), 'utf8') : '';
  writeFileSync(seededMarker(config), `${previous}${databaseIdentity(env)}\n`);
}

export async function prepareCms({ config, group, env, log }: CmsStartOptions): Promise<void> {
  const cmsDir = path.join(config.root, 'cms');
  if (!adminBuildIsCurrent(config.root)) {
    log('cms: building the admin panel (on the first run and after a change to it, about a minute)…');
    await group.run({
      name: 'cms-build',
      command: process.execPath,
      args: [strapiBin(config.root), 'build'],
      cwd: cmsDir,
      env,
      echo: true,
    });
  } else {
    await group.run({
      name: 'cms-build',
      command: process.execPath,
      args: ['scripts/compile.ts'],
      cwd: cmsDir,
      env,
    });
  }
  if (!alreadySeeded(config, env)) {
    log('cms: seeding the demo content…');
    await group.run({
      name: 'cms-seed',
      command: process.execPath,
      args: ['scripts/seed.ts'],
      cwd: cmsDir,
      env,
      echo: true,
    });
    markSeeded(config, env);
  }
}

export async function startCms({ config, group, env }: CmsStartOptions): Promise<Child> {
  return group.startService(
    {
      name: 'cms',
      command: process.execPath,
      args: [strapiBin(config.root), 'start'],
      cwd: path.join(config.root, 'cms'),
      env,
    },
    { url: `${config.cms.url}/_health`, timeoutMs: 120_000, what: 'the CMS' },
  );
}
