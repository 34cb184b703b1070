import { describeSubscriptions } from './subscription-suite.ts';

describeSubscriptions('postgres');
