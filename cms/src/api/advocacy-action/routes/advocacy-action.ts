import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::advocacy-action.advocacy-action',
  publicReadRoutes('api::advocacy-action.advocacy-action'),
);
