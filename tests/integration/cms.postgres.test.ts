import { describeCms } from './cms-suite.ts';

describeCms('postgres');
