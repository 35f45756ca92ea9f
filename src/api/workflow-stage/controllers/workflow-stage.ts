import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::workflow-stage.workflow-stage');
