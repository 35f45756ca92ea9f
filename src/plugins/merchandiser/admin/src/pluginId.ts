import { PLUGIN_ID } from '../../shared/constants';

export { ACTIONS, PLUGIN_ID } from '../../shared/constants';

/** Translation keys are prefixed with the plugin id, as Strapi's own plugins do. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
