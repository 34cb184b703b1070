import { describeSecurity } from './security-suite.ts';

describeSecurity('postgres');
