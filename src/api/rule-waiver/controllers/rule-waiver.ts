import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::rule-waiver.rule-waiver');
