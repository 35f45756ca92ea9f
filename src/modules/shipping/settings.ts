import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { isAql, isInspectionLevel, type Aql, type InspectionLevel } from '../quality/domain/aql';
import { DEFAULT_TOLERANCE_RULES } from './domain/tolerance';

export interface ShippingSettings {
  aqlLevel: InspectionLevel;
  /** 0: no critical defect accepted. */
  aqlCritical: number;
  aqlMajor: Aql;
  aqlMinor: Aql;
  completionReportDays: number;
  cartonWeightKg: number;
}

interface Row {
  aqlLevel?: string | null;
  aqlCritical?: number | null;
  aqlMajor?: number | null;
  aqlMinor?: number | null;
  completionReportDays?: number | null;
  cartonWeightKg?: number | null;
}

/** Shipping parameters (Content Manager → Shipping settings), with the source document's defaults. */
export async function loadShippingSettings(strapi: Core.Strapi): Promise<ShippingSettings> {
  const row = ((await strapi.db.query(UID.shippingSetting).findOne({})) ?? {}) as Row;
  const major = Number(row.aqlMajor);
  const minor = Number(row.aqlMinor);
  return {
    aqlLevel: isInspectionLevel(row.aqlLevel) ? row.aqlLevel : 'II',
    aqlCritical: isAql(Number(row.aqlCritical)) ? Number(row.aqlCritical) : 0,
    aqlMajor: isAql(major) ? major : 2.5,
    aqlMinor: isAql(minor) ? minor : 4.0,
    completionReportDays: row.completionReportDays ?? 3,
    cartonWeightKg: Number(row.cartonWeightKg ?? 0.9),
  };
}

/** The shipping settings record and the default tolerance rules, created when missing. */
export async function ensureShippingDefaults(strapi: Core.Strapi): Promise<void> {
  if (!(await strapi.db.query(UID.shippingSetting).findOne({}))) {
    await strapi.documents(UID.shippingSetting).create({ data: {} as never });
  }
  if ((await strapi.db.query(UID.toleranceRule).count()) === 0) {
    for (const rule of DEFAULT_TOLERANCE_RULES) {
      await strapi.documents(UID.toleranceRule).create({ data: { ...rule, markets: [...rule.markets] } as never });
    }
  }
  await addNewDefaultRules(strapi);
}

/**
 * Once per install, a default rule added in a later release (the UK, Norway and
 * Switzerland) joins the rules of an existing factory — unless a rule already
 * names one of its markets; deleting it afterwards is the administrator's choice.
 */
async function addNewDefaultRules(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'gendan', key: 'tolerance-defaults-2' });
  if (await store.get({})) return;
  const existing = (await strapi.db.query(UID.toleranceRule).findMany({ select: ['name', 'markets'] })) as Array<{
    name: string;
    markets: unknown;
  }>;
  const named = new Set(existing.map((rule) => rule.name));
  const covered = new Set(existing.flatMap((rule) => (Array.isArray(rule.markets) ? (rule.markets as string[]) : [])));
  for (const rule of DEFAULT_TOLERANCE_RULES) {
    if (named.has(rule.name) || rule.markets.length === 0 || rule.markets.some((market) => covered.has(market)))
      continue;
    await strapi.documents(UID.toleranceRule).create({ data: { ...rule, markets: [...rule.markets] } as never });
  }
  await store.set({ value: true });
}
