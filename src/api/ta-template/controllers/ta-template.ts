import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::ta-template.ta-template');
