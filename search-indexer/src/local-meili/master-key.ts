// The Meilisearch master key of the embedded setup: read from the environment, or generated once
// into the .env file so that the next start (and the CMS, the site build, the indexer) use the same.
import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';

const LINE = /^\s*MEILI_MASTER_KEY\s*=\s*(.*?)\s*$/m;

/** The master key: MEILI_MASTER_KEY, else the one in `envPath`, else a new one appended to `envPath`. */
export async function ensureMasterKey(args: {
  envPath: string;
  current?: string;
}): Promise<{ key: string; generated: boolean }> {
  if (args.current) return { key: args.current, generated: false };
  let text = '';
  try {
    text = await readFile(args.envPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const existing = LINE.exec(text)?.[1]?.replace(/^["']|["']$/g, '');
  if (existing) return { key: existing, generated: false };
  const key = randomBytes(32).toString('base64url');
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  // Written whole to a temporary file and renamed over .env, owner-only: a crash midway leaves the
  // old .env, and no other user of the machine can read the secrets in it at any moment.
  const temporary = `${args.envPath}.${process.pid}.tmp`;
  await writeFile(
    temporary,
    `${text}${separator}# Meilisearch master key, generated on first run of the local Meilisearch. Never give it to the site.\nMEILI_MASTER_KEY=${key}\n`,
    { mode: 0o600 },
  );
  await chmod(temporary, 0o600);
  await rename(temporary, args.envPath);
  return { key, generated: true };
}
