import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::ta-template.ta-template');
