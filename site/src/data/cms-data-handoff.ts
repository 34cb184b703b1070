// Where a process finds the CMS data it renders from (src/data/cms-data.ts), without importing it:
// the preview renderer (serve/preview-worker.ts) puts there the data its build was made from.

/** The global slot holding the process's CMS data (a promise of CmsData). */
export const CMS_DATA_KEY = Symbol.for('skb.site.cmsData');

/** The file, in the preview's server code folder, holding the data the build was made from. */
export const CMS_DATA_FILE = 'cms-data.json';
