import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::goal.goal', publicReadRoutes('api::goal.goal'));
