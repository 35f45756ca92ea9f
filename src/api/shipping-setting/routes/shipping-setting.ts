import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::shipping-setting.shipping-setting');
