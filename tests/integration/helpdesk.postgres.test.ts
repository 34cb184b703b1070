import { describeHelpdesk } from './helpdesk-suite.ts';

describeHelpdesk('postgres');
