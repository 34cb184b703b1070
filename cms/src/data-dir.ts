import path from 'node:path';

/** The repository's root: config and src are compiled to cms/dist/{config,src}. */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** DATA_DIR (default `data/` at the repository root), relative paths taken from the repository root. */
export function dataDir(value: string | undefined): string {
  return path.resolve(REPO_ROOT, value || 'data');
}
