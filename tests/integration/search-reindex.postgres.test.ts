import { describeSearchReindex } from './search-reindex-suite.ts';

// The crash only, on a smaller bulk: enough pages that Meilisearch dies with the load half done.
describeSearchReindex('postgres', { bulk: 1000, cases: 'fault' });
