import { describeReview } from './review-suite.ts';

describeReview('sqlite');
