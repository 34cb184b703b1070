import { describeQuestionStatusMigration } from './question-status-migration-suite.ts';

describeQuestionStatusMigration('postgres');
