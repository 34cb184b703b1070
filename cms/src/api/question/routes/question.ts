import { factories } from '@strapi/strapi';

// Questions are private: their core routes serve only admin API tokens, never the public role.
export default factories.createCoreRouter('api::question.question');
