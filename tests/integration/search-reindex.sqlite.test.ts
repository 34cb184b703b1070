import { describeSearchReindex } from './search-reindex-suite.ts';

describeSearchReindex('sqlite', { bulk: 2500, cases: 'all' });
