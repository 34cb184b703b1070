import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::trend-note.trend-note');
