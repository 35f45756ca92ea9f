import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::completion-report.completion-report');
