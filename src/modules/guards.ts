import type { GuardMap } from '../platform/invariants/guard';
import { afterSalesGuards } from './after-sales/guards';
import { changesGuards } from './changes/guards';
import { importGuards } from './imports/guards';
import { materialsGuards } from './materials/guards';
import { orderGuards } from './orders/guards';
import { productionGuards } from './production/guards';
import { referenceGuards } from './reference/guards';
import { samplingGuards } from './sampling/guards';
import { securityGuards } from './security/guards';
import { shippingGuards } from './shipping/guards';
import { timeAndActionGuards } from './time-and-action/guards';
import { workflowGuards } from './workflow/guards/workflow';

const MODULE_GUARDS: GuardMap[] = [
  referenceGuards,
  orderGuards,
  workflowGuards,
  changesGuards,
  materialsGuards,
  productionGuards,
  shippingGuards,
  samplingGuards,
  afterSalesGuards,
  timeAndActionGuards,
  importGuards,
  securityGuards,
];

/** Every content type's guard, each declared by the module that owns the type; a type owned twice is a bug. */
export const GUARDS: GuardMap = MODULE_GUARDS.reduce<Record<string, GuardMap[string]>>((all, guards) => {
  for (const [uid, guard] of Object.entries(guards)) {
    if (all[uid]) throw new Error(`Two modules guard ${uid}.`);
    all[uid] = guard;
  }
  return all;
}, {});
