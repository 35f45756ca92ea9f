import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::completion-report.completion-report');
