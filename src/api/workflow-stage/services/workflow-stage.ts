import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::workflow-stage.workflow-stage');
