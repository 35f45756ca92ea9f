import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import { DEFAULT_QUALITY_LIMITS, type QualityLimits } from './domain/inspection';

export interface MaterialSettings {
  quality: QualityLimits;
  overReceiptTolerancePct: number;
  /** How far from a PO line's due date a supplier's confirmed or ship date may lie (portal writes). */
  supplierDateWindowDays: number;
}

type Numbers = Partial<Record<string, number | null>>;

const pick = (...values: Array<number | null | undefined>) =>
  values.find((value): value is number => typeof value === 'number' && Number.isFinite(value));

/**
 * The inspection limits for an order's customer: the customer's override, else
 * the factory's quality settings (edited by administrators), else the source
 * document's defaults.
 */
export async function loadMaterialSettings(strapi: Core.Strapi, customerId?: number | null): Promise<MaterialSettings> {
  const factory = ((await strapi.db.query(UID.qualitySetting).findOne({})) ?? {}) as Numbers;
  const customer = (
    customerId ? ((await strapi.db.query(UID.customer).findOne({ where: { id: customerId } })) ?? {}) : {}
  ) as Numbers;
  const d = DEFAULT_QUALITY_LIMITS;
  return {
    quality: {
      shrinkageWovenPct: pick(customer.shrinkageWovenPct, factory.shrinkageWovenPct, d.shrinkageWovenPct)!,
      shrinkageKnitPct: pick(customer.shrinkageKnitPct, factory.shrinkageKnitPct, d.shrinkageKnitPct)!,
      fourPoint: {
        perRoll: pick(customer.fourPointPerRoll, factory.fourPointPerRoll, d.fourPoint.perRoll)!,
        lotAverage: pick(customer.fourPointLotAverage, factory.fourPointLotAverage, d.fourPoint.lotAverage)!,
      },
    },
    overReceiptTolerancePct: pick(factory.overReceiptTolerancePct, 5)!,
    supplierDateWindowDays: pick(factory.supplierDateWindowDays, 180)!,
  };
}

/** The factory's settings record, created with the defaults when missing. */
export async function ensureQualitySettings(strapi: Core.Strapi): Promise<void> {
  if (await strapi.db.query(UID.qualitySetting).findOne({})) return;
  await strapi.documents(UID.qualitySetting).create({ data: {} as never });
}
