import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::tolerance-rule.tolerance-rule');
