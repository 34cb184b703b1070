// The newcomer's first two commands on a fresh clone, with only the machine's own Node and npm on
// PATH (Debian's Node 20 here) and no node_modules: `npm start` and `npm test` each bring Node 22
// (scripts/with-node22) and install the dependencies (scripts/ensure-deps), then do their job.
// They are started together, as someone might in two terminals: the dependencies are installed
// once, the other command waits for that install and then runs. A later run finds them fresh.
// The clone is of this repository's HEAD with the working tree's uncommitted changes to tracked
// files applied (untracked files are not in it). Takes the time of an `npm ci` (about 4 minutes)
// plus a first start (several more on two cores).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO_ROOT } from '@skb/search-indexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import { endedCleanly, type RunningStack, runNpm } from '../support/stack.ts';

const INSTALL_AND_START_MS = 25 * 60_000;
const INSTALLING = 'deps: installing the dependencies';

/**
 * The environment of someone who just cloned: this process's, without what npm, vitest and
 * scripts/with-node22 put into it (Node 22 first on PATH, npm_config_nodedir, npm_* and VITEST*).
 */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$|ENV_PATH$|INIT_CWD$)/i.test(name)) continue;
    env[name] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.includes('.toolchain') && !dir.includes('node_modules'))
    .join(path.delimiter);
  return env;
}

describe('a fresh clone', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-clone-'));
  const clone = path.join(root, 'servicekunskapsbanken');
  const dataDir = path.join(root, 'data');
  const baseEnv = newcomerEnv();
  const machineNode = (() => {
    try {
      return execFileSync('node', ['--version'], { env: baseEnv, encoding: 'utf8' }).trim();
    } catch {
      return 'none';
    }
  })();
  const ports: Record<string, number> = {};
  let start: RunningStack | undefined;
  let test: RunningStack | undefined;

  beforeAll(async () => {
    execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone]);
    const diff = execFileSync('git', ['diff', 'HEAD', '--binary'], { cwd: REPO_ROOT, maxBuffer: 64 << 20 });
    if (diff.length > 0) execFileSync('git', ['apply', '--binary', '-'], { cwd: clone, input: diff });
    for (const name of ['CMS_PORT', 'SITE_PORT', 'MEILI_PORT', 'INDEXER_PORT']) ports[name] = await freePort();
  });

  afterAll(async () => {
    await Promise.all([start?.interrupt(), test?.interrupt()]);
    rmSync(root, { recursive: true, force: true });
  });

  it(
    'npm start and npm test each bring Node 22 and the dependencies, installed once, then do their job',
    async () => {
      expect(existsSync(path.join(clone, 'node_modules'))).toBe(false);
      const stackEnv = {
        ENV_PATH: path.join(root, '.env'),
        DATA_DIR: dataDir,
        ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
        CMS_LOG_LEVEL: 'warn',
      };
      start = runNpm(['start'], stackEnv, { cwd: clone, baseEnv });
      test = runNpm(['test', '--', '--project', 'content-types', 'test/slug.test.ts'], {}, { cwd: clone, baseEnv });

      const tested = await test.exited;
      expect(tested.code, test.output()).toBe(0);
      expect(stripVTControlCharacters(test.output())).toMatch(/Tests\s+\d+ passed/);
      await start.waitFor('Stop     Ctrl-C', INSTALL_AND_START_MS);
      expect(start.output()).toContain(`Site     http://127.0.0.1:${ports.SITE_PORT}/`);

      const both = start.output() + test.output();
      // What the install said (its time, the waits), for the test's log.
      console.log(
        both
          .split('\n')
          .filter((line) => /^(deps|toolchain): /.test(line))
          .join('\n'),
      );
      // One install of the dependencies, one of Node 22 (unless the machine's Node is 22 already).
      expect(both.split(INSTALLING).length - 1, both).toBe(1);
      expect(both).toContain('deps: another install of the dependencies is running in this folder; waiting for it');
      if (!machineNode.startsWith('v22.')) {
        expect(both.split('toolchain: installing Node.js 22').length - 1, both).toBe(1);
      }
      expect(endedCleanly(await start.interrupt())).toBe(true);
      start = undefined;

      // Installed for this lockfile and Node 22's ABI (127); a second run installs nothing.
      expect(readFileSync(path.join(clone, 'node_modules/.skb-installed'), 'utf8')).toContain(' abi 127 ');
      test = runNpm(['test', '--', '--project', 'content-types', 'test/slug.test.ts'], {}, { cwd: clone, baseEnv });
      expect((await test.exited).code, test.output()).toBe(0);
      expect(test.output()).not.toContain(INSTALLING);
      test = undefined;
    },
    INSTALL_AND_START_MS + 5 * 60_000,
  );
});
