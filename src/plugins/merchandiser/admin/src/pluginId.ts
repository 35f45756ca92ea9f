export const PLUGIN_ID = 'merchandiser';

/** Translation keys are prefixed with the plugin id, as Strapi's own plugins do. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export const ACTIONS = {
  dashboard: 'plugin::merchandiser.dashboard.read',
  transition: 'plugin::merchandiser.order.transition',
  signoff: 'plugin::merchandiser.order.signoff',
  lines: 'plugin::merchandiser.order.lines',
} as const;
