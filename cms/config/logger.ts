import { winston } from '@strapi/logger';

// CMS_LOG_LEVEL: error, warn, info or http (every request). Tests run with warn.
export default {
  level: process.env.CMS_LOG_LEVEL || 'http',
  transports: [new winston.transports.Console()],
};
