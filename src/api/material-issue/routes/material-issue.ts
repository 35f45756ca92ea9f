import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::material-issue.material-issue');
