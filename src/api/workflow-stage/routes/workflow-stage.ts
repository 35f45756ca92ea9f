import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::workflow-stage.workflow-stage');
