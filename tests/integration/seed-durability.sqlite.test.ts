import { describeSeedDurability } from './seed-durability-suite.ts';

describeSeedDurability('sqlite');
