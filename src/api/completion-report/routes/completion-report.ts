import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::completion-report.completion-report');
