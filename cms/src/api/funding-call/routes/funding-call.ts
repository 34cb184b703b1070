import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::funding-call.funding-call',
  publicReadRoutes('api::funding-call.funding-call'),
);
