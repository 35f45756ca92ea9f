import { factories } from '@strapi/strapi';

/** Saved mappings (per customer and kind) are read here; the commit of an import saves them. */
export default factories.createCoreRouter('api::import-mapping.import-mapping', { only: ['find', 'findOne'] });
