import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../public-read-routes';

export default factories.createCoreRouter('api::project.project', publicReadRoutes('api::project.project'));
