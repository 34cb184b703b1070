import { icalResponse } from '../../../data/feeds.ts';

export const GET = () => icalResponse('en', 'consultations');
