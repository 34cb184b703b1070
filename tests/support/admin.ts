// The real admin panel for browser tests: build it once per test file (Strapi's own `strapi build`,
// into cms/dist/build, where a CMS started with `admin: true` serves it) and log in as an editor.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { adminBuildIsCurrent } from '@skb/cms/admin-build';
import { CMS_DIR } from '@skb/cms/boot';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/**
 * Builds the admin panel unless cms/dist/build is newer than everything it is built from (a build
 * takes 8 to 10 minutes on the shared 2-core machine); resolves with the build's duration in ms
 * (0 when the build was current), rejects with its output.
 */
export async function buildAdminPanel(): Promise<number> {
  if (adminBuildIsCurrent(path.resolve(CMS_DIR, '..'))) return 0;
  const started = Date.now();
  const bin = path.join(
    path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [CMS_DIR] })),
    'bin',
    'strapi.js',
  );
  // The build loads the configuration, which requires the secrets; it uses none of them.
  const placeholder = 'admin-build-only';
  const env = {
    ...process.env,
    ENV_PATH: '/nonexistent/skb-admin-build.env',
    NODE_ENV: 'production',
    APP_KEYS: `${placeholder},${placeholder}`,
    API_TOKEN_SALT: placeholder,
    ADMIN_JWT_SECRET: placeholder,
    TRANSFER_TOKEN_SALT: placeholder,
    JWT_SECRET: placeholder,
    ENCRYPTION_KEY: placeholder,
    // Required in production by the digest's settings, which the server config reads (≥ 16 characters).
    DIGEST_SECRET: `${placeholder}-digest`,
  };
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(String(chunk)));
    child.stderr.on('data', (chunk) => output.push(String(chunk)));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`strapi build exited ${code}:\n${output.join('').slice(-4000)}`);
  return Date.now() - started;
}

/** Logs in on the admin panel's login page and waits for the home page. */
export async function logInToAdmin(page: Page, args: { url: string; email: string; password: string }): Promise<void> {
  await page.goto(`${args.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(args.email);
  await page.locator('input[name="password"]').fill(args.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
}
