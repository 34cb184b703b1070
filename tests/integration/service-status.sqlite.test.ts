import { describeServiceStatus } from './service-status-suite.ts';

describeServiceStatus('sqlite');
