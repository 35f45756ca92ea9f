import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::tolerance-rule.tolerance-rule');
