// Compiles the CMS's server code into dist/ when a source of it changed since the last compile
// (lib/boot.ts): `npm start` runs it before the CMS starts, the tests before they boot CMSs side by side.
import { compileCms } from '../lib/boot.ts';

await compileCms();
