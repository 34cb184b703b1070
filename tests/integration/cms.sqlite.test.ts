import { describeCms } from './cms-suite.ts';

describeCms('sqlite');
