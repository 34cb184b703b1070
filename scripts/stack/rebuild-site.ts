// `npm run rebuild-site`: asks the running stack for a full build of the site now (after any build
// under way), as the nightly one: every page rendered, statuses and "days left" computed anew. A
// publish gives a partial build (only the pages it touches); this is the way to the whole site on
// demand. A signed request to the stack's /_stack/rebuild with SITE_REBUILD_SECRET from .env.
import { envWithFile, postSigned } from '@skb/search-indexer';
import { commandLine } from '../command-line.ts';
import { stackConfig } from './config.ts';

commandLine({ usage: 'Användning / usage: npm run rebuild-site', options: {} });
const env = envWithFile();
const config = stackConfig(env);
const secret = env.SITE_REBUILD_SECRET ?? '';
if (!secret) {
  console.error(
    'SITE_REBUILD_SECRET saknas i .env (npm start skapar den) / is missing from .env (npm start writes it)',
  );
  process.exit(1);
}
const url = `${config.site.url}/_stack/rebuild`;
try {
  const status = await postSigned({ url, secret, body: { reason: 'a full build on demand (npm run rebuild-site)' } });
  if (status !== 202) throw new Error(`the site answered ${status}`);
  console.log(`hela webbplatsen byggs om / the whole site is being rebuilt; see npm run status (${config.site.url}/)`);
} catch (error) {
  console.error(
    `kunde inte be webbplatsen bygga om / could not ask the site to rebuild at ${url}: ${(error as Error).message} (is npm start running?)`,
  );
  process.exit(1);
}
