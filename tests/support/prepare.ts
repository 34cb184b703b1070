// Run by `npm test` before the tests that boot the real CMS, which then run two files at a time:
// compiles the CMS's server code and builds its admin panel once, so no two CMSs (nor `npm start`
// under test) compile or build into cms/dist side by side. Each does nothing when it is current.
import { compileCms } from '@skb/cms/boot';
import { buildAdminPanel } from './admin.ts';

const started = Date.now();
await compileCms();
const adminMs = await buildAdminPanel();
console.log(
  `prepared cms/dist in ${((Date.now() - started) / 1000).toFixed(0)} s${adminMs ? ` (admin panel built in ${(adminMs / 1000).toFixed(0)} s)` : ''}`,
);
