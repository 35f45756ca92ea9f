import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::tolerance-rule.tolerance-rule');
