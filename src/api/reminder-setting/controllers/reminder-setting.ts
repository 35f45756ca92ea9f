import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::reminder-setting.reminder-setting');
