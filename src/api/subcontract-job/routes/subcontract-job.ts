import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::subcontract-job.subcontract-job');
