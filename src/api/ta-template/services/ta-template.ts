import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::ta-template.ta-template');
