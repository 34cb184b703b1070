// Whether the admin panel's build is older than what it is built from: the admin customisations,
// the local plugins' admin code, and the model the pickers read their lists from. A build from
// before a change there would show editors an old panel (or "custom field missing").
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when cms/dist/build exists and nothing it is built from changed after it; `root` is the repository's. */
export function adminBuildIsCurrent(root: string): boolean {
  const index = path.join(root, 'cms', 'dist', 'build', 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  const sources = ['cms/src/admin', 'cms/src/plugins', 'content-types/src'].map((dir) => path.join(root, dir));
  return sources.every((dir) => newestChange(dir) <= built);
}
