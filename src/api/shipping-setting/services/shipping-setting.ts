import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::shipping-setting.shipping-setting');
