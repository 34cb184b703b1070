import { describeHelpdesk } from './helpdesk-suite.ts';

describeHelpdesk('sqlite');
