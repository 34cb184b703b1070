import { describeNetworkWork } from './network-suite.ts';

describeNetworkWork('postgres');
