import type { Core } from '@strapi/strapi';
import { applyAdminFieldTerms } from './bootstrap/admin-field-terms';
import { ensureWorkflowDefaults, registerWorkflowEvents } from './bootstrap/workflow-defaults';
import { registerInvariants } from './invariants';
import { ensureQualitySettings } from './materials/settings';
import { ensureProductionSettings } from './production/settings';
import { ensureShippingDefaults } from './shipping/settings';
import { seedDemoOnFirstStart } from './seed/load-demo';
import { ensurePortalRoles } from './portal/bootstrap';
import { registerPortalGuard } from './portal/guard';
import { gatePortalRoutes } from './portal/routes';
import { ensureReminderSettings } from './time-and-action/settings';
import { ensureDefaultTemplate } from './time-and-action/templates';
import { registerMilestoneTracking } from './time-and-action/tracking';

export default {
  /**
   * Invariants are document-service middlewares: registered before anything
   * can write. The portal guard comes first, so a portal call is confined
   * before any invariant reads; the portal gate is put on every route before
   * the routes are mounted.
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPortalGuard(strapi);
    registerMilestoneTracking(strapi);
    registerInvariants(strapi);
    gatePortalRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerWorkflowEvents(strapi);
    await applyAdminFieldTerms(strapi);
    await ensureWorkflowDefaults(strapi);
    // The merchandiser cockpit's defaults for the department roles just ensured.
    await (
      strapi.plugin('merchandiser')?.service('access') as { grantDepartmentDefaults(): Promise<void> } | undefined
    )?.grantDepartmentDefaults();
    await ensureQualitySettings(strapi);
    await ensureProductionSettings(strapi);
    await ensureShippingDefaults(strapi);
    await ensurePortalRoles(strapi);
    await ensureDefaultTemplate(strapi);
    await ensureReminderSettings(strapi);
    await seedDemoOnFirstStart(strapi);
  },
};
