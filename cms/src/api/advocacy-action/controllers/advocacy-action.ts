import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::advocacy-action.advocacy-action');
