import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::subcontract-job.subcontract-job');
