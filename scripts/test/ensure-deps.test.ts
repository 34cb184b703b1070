// scripts/ensure-deps, the install step of `npm start` and `npm test`, in a folder of its own with a
// stand-in `npm` first on PATH (npm itself is not under test: tests/e2e/fresh-clone.test.ts runs the
// real one on a fresh clone). The stand-in records each call, takes half a second as an install
// does (long enough for a second run to meet the first), and fills node_modules.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { afterAll, describe, expect, it } from 'vitest';

interface Run {
  code: number;
  output: string;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function project(): { root: string; run: (...command: string[]) => Promise<Run>; installs: () => string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-deps-'));
  roots.push(root);
  mkdirSync(path.join(root, 'scripts'));
  mkdirSync(path.join(root, 'bin'));
  copyFileSync(path.join(REPO_ROOT, 'scripts/ensure-deps'), path.join(root, 'scripts/ensure-deps'));
  writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  const npm = path.join(root, 'bin/npm');
  writeFileSync(
    npm,
    `#!/usr/bin/env bash\necho "$*" >> "${root}/npm-calls"\nsleep 0.5\nmkdir -p node_modules\necho installed\n`,
  );
  chmodSync(npm, 0o755);
  const run = (...command: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        path.join(root, 'scripts/ensure-deps'),
        command,
        { cwd: root, env: { ...process.env, PATH: `${path.join(root, 'bin')}:${process.env.PATH}` } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
  const installs = () =>
    existsSync(path.join(root, 'npm-calls')) ? readFileSync(path.join(root, 'npm-calls'), 'utf8').split('\n') : [];
  return { root, run, installs: () => installs().filter(Boolean) };
}

describe('scripts/ensure-deps', { timeout: 30_000 }, () => {
  it('installs when node_modules is missing, shows it, then runs the command', async () => {
    const { run, installs } = project();
    const result = await run('echo', 'the command ran');
    expect(result.code).toBe(0);
    expect(installs()).toEqual(['ci --no-audit --no-fund']);
    expect(result.output).toContain('deps: installing the dependencies with npm ci (node_modules is missing)');
    expect(result.output).toMatch(/deps: installed in \d+ s/);
    expect(result.output).toContain('the command ran');
  });

  it('installs nothing when the stamp names this lockfile and this Node, and again when the lockfile changes', async () => {
    const { root, run, installs } = project();
    await run('true');
    const second = await run('echo', 'ran');
    expect(installs()).toHaveLength(1);
    expect(second.output.trim()).toBe('ran');
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"x":{}}}\n');
    const third = await run('true');
    expect(installs()).toHaveLength(2);
    expect(third.output).toContain('package-lock.json or the Node version changed since the last install');
  });

  it('takes an install by npm ci or npm install elsewhere as fresh (the postinstall stamp)', async () => {
    const { root, run, installs } = project();
    mkdirSync(path.join(root, 'node_modules'));
    const unstamped = await run('true');
    expect(unstamped.output).toContain('no node_modules/.skb-installed');
    expect(installs()).toHaveLength(1);
    const stamp = await run('--stamp');
    expect(stamp.code).toBe(0);
    await run('true');
    expect(installs()).toHaveLength(1);
  });

  it('installs once when two commands start together: the second waits, then runs', async () => {
    const { run, installs } = project();
    const [first, second] = await Promise.all([run('echo', 'first ran'), run('echo', 'second ran')]);
    expect(installs()).toHaveLength(1);
    expect(first.output + second.output).toContain('another install of the dependencies is running');
    expect(first.output).toContain('first ran');
    expect(second.output).toContain('second ran');
  });

  it('stops with the command unrun when npm ci fails', async () => {
    const { root, run } = project();
    writeFileSync(path.join(root, 'bin/npm'), '#!/usr/bin/env bash\necho "npm ERR! no network" >&2\nexit 1\n');
    const result = await run('echo', 'must not run');
    expect(result.code).toBe(1);
    expect(result.output).toContain('deps: npm ci failed (output above)');
    expect(result.output).not.toContain('must not run');
  });
});
