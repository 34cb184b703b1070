import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter(
  'api::service-plan.service-plan',
  publicReadRoutes('api::service-plan.service-plan'),
);
