import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::quality-setting.quality-setting');
