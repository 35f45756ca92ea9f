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
import { registerAuthorityGuard } from './security/authority';
import { registerDocumentActionPolicy } from './security/document-actions';
import { registerValueChecks } from './security/values';
import { restrictStaffRoles } from './security/staff-roles';
import { logUnhandledRejections } from './security/process';

export default {
  /**
   * Invariants are document-service middlewares: registered before anything
   * can write. Values the database cannot hold are refused first (a 400
   * naming the field); then the portal guard confines a portal call before any
   * invariant reads; write actions Gendan does not know (deny by default) and
   * changes of authority by those who do not hold it are refused. The portal gate is put on every route before the routes are
   * mounted.
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    logUnhandledRejections(strapi);
    registerValueChecks(strapi);
    registerPortalGuard(strapi);
    registerDocumentActionPolicy(strapi);
    registerAuthorityGuard(strapi);
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
    await restrictStaffRoles(strapi);
    await ensureDefaultTemplate(strapi);
    await ensureReminderSettings(strapi);
    await seedDemoOnFirstStart(strapi);
  },
};
