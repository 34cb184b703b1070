// The project's .env, read and written in one place. Reading is Node's own parser (util.parseEnv,
// the one behind `node --env-file`); the environment always wins over the file. Writing only adds
// keys the file lacks (a value already there is never changed), in one step (a temporary file
// renamed over it) and owner-only from the start: the file holds every secret of the bank.
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { REPO_ROOT } from './config.ts';

export type EnvValues = Record<string, string>;

/** The .env in use: ENV_PATH (relative to the repository's root), default the repository's .env. */
export function envFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.ENV_PATH || '.env');
}

/** The values in `file`; none when it does not exist. */
export function readEnvFile(file: string = envFilePath()): EnvValues {
  return existsSync(file) ? (parseEnv(readFileSync(file, 'utf8')) as EnvValues) : {};
}

/** The file's values under `environment`'s: the settings a process started with `environment` sees. */
export function envWithFile(environment: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...readEnvFile(envFilePath(environment)), ...environment };
}

/** Puts the .env's values into process.env where the environment does not set them. */
export function loadEnvFile(file: string = envFilePath()): void {
  for (const [key, value] of Object.entries(readEnvFile(file))) process.env[key] ??= value;
}

/** Appends to `file` (made when missing) those of `values` it does not hold yet, under `comment`; returns the keys added. */
export function addToEnvFile(file: string, values: EnvValues, comment: string): string[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const present = parseEnv(text);
  const missing = Object.entries(values).filter(([key]) => present[key] === undefined);
  for (const [key, value] of missing) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || /[\r\n]/.test(value)) {
      throw new Error(`${key}: not a setting that fits on one line of .env`);
    }
  }
  if (missing.length > 0) {
    const separator = text === '' || text.endsWith('\n') ? '' : '\n';
    const lines = missing.map(([key, value]) => `${key}=${value}\n`).join('');
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${text}${separator}# ${comment}\n${lines}`, { mode: 0o600 });
    // The mode argument only applies to a new file; a stale temporary file keeps its own.
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  }
  return missing.map(([key]) => key);
}
