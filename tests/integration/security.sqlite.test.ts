import { describeSecurity } from './security-suite.ts';

describeSecurity('sqlite');
