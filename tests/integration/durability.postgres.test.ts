import { describeDurability } from './durability-suite.ts';

describeDurability('postgres');
