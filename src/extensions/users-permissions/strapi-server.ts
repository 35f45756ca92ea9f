import { hardenedAuthController, hardenedRoleService } from '../../modules/security/portal-account';

/**
 * A portal user belongs to one customer or one supplier: the link every
 * portal read and write is scoped by. Administrators set it on the user in
 * the admin panel (Content Manager → User). The account routes and the role
 * service are hardened for portals (src/modules/security/portal-account).
 */
interface PluginWithUser {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: Record<string, unknown>;
  services: Record<string, unknown>;
}

export default (plugin: PluginWithUser) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.customer = { type: 'relation', relation: 'manyToOne', target: 'api::customer.customer' };
  attributes.supplier = { type: 'relation', relation: 'manyToOne', target: 'api::supplier.supplier' };
  plugin.controllers.auth = hardenedAuthController(
    plugin.controllers.auth as Parameters<typeof hardenedAuthController>[0]
  );
  plugin.services.role = hardenedRoleService(plugin.services.role as Parameters<typeof hardenedRoleService>[0]);
  return plugin;
};
