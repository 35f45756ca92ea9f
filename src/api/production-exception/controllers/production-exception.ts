import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::production-exception.production-exception');
