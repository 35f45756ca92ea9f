import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::quality-setting.quality-setting');
