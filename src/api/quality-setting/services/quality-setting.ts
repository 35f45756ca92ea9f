import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::quality-setting.quality-setting');
