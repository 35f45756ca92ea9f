import type { Core } from '@strapi/strapi';
import { ensureDecimalPrecision } from './platform/db/decimal-precision';
import { applyContentManagerViews } from './modules/workspace/content-manager-views';
import { ensureRecordTitles, registerRecordTitles } from './modules/workspace/titles';
import { ensureWorkflowDefaults, registerWorkflowEvents } from './modules/workflow/defaults';
import { registerInvariants } from './platform/invariants';
import { GUARDS } from './modules/guards';
import { ensureQualitySettings } from './modules/materials/settings';
import { ensureProductionSettings } from './modules/production/settings';
import { ensureShippingDefaults } from './modules/shipping/settings';
import { seedDemoOnFirstStart } from './modules/demo/load-demo';
import { ensurePortalRoles } from './modules/portal/bootstrap';
import { registerPortalGuard } from './modules/portal/guard';
import { gatePortalRoutes } from './modules/portal/routes';
import { ensureReminderSettings } from './modules/reminders/settings';
import { ensureDefaultTemplate } from './modules/time-and-action/templates';
import { registerMilestoneTracking } from './modules/time-and-action/tracking';
import { registerAuthorityGuard } from './modules/security/authority';
import { registerDocumentActionPolicy } from './modules/security/document-actions';
import { registerValueChecks } from './modules/security/values';
import { restrictStaffRoles } from './modules/security/staff-roles';
import { logUnhandledRejections } from './modules/security/process';

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
    // Outside the guards: a title reads what they derived, in the same transaction.
    registerRecordTitles(strapi);
    registerInvariants(strapi, GUARDS);
    gatePortalRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDecimalPrecision(strapi);
    registerWorkflowEvents(strapi);
    await applyContentManagerViews(strapi);
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
    await ensureRecordTitles(strapi);
  },
};
