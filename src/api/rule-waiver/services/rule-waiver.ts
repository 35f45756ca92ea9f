import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::rule-waiver.rule-waiver');
