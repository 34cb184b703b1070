import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::trend-note.trend-note');
