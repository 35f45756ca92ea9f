import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::reminder-setting.reminder-setting');
