import type { Core } from '@strapi/strapi';
import { applyAdminFieldTerms } from './bootstrap/admin-field-terms';
import { ensureWorkflowDefaults, registerWorkflowEvents } from './bootstrap/workflow-defaults';
import { registerInvariants } from './invariants';
import { ensureQualitySettings } from './materials/settings';
import { ensureProductionSettings } from './production/settings';
import { ensureShippingDefaults } from './shipping/settings';
import { seedDemoOnFirstStart } from './seed/load-demo';

export default {
  /** Invariants are document-service middlewares: registered before anything can write. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerInvariants(strapi);
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
    await seedDemoOnFirstStart(strapi);
  },
};
