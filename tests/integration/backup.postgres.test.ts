import { describeBackup } from './backup-suite.ts';

describeBackup('postgres');
