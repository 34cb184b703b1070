import { describeSubscriptions } from './subscription-suite.ts';

describeSubscriptions('sqlite');
