import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::subcontract-job.subcontract-job');
