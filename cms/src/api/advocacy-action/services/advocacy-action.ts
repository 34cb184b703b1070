import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::advocacy-action.advocacy-action');
