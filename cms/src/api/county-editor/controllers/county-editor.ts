import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::county-editor.county-editor');
