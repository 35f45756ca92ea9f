import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::production-report.production-report');
