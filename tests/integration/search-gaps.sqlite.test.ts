import { describeSearchGaps } from './search-gaps-suite.ts';

describeSearchGaps('sqlite');
