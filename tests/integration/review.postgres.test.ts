import { describeReview } from './review-suite.ts';

describeReview('postgres');
