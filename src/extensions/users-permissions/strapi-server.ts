/**
 * A portal user belongs to one customer or one supplier: the link every
 * portal read and write is scoped by. Administrators set it on the user in
 * the admin panel (Content Manager → User).
 */
interface PluginWithUser {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

export default (plugin: PluginWithUser) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.customer = { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' };
  attributes.supplier = { type: 'relation', relation: 'manyToOne', target: 'api::supplier.supplier' };
  return plugin;
};
