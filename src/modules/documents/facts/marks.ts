import type { Core } from '@strapi/strapi';
import { UID } from '../../../platform/constants';
import { cartonCount, type CartonNumbering } from '../domain/shipping-marks';

interface NumberingSettings {
  id: number;
  gs1CompanyPrefix: string | null;
  ssccExtensionDigit: number | null;
  ssccNextSerial: number | null;
}

/**
 * Reserves a block of SSCC serials for a label print, one per carton, from
 * the shipping settings' counter — a serial is never given twice (GS1: not
 * reused within a year); without a GS1 company prefix cartons carry a
 * Code 128 of PO and carton number instead.
 */
export async function reserveCartonNumbers(
  strapi: Core.Strapi,
  cartons: Parameters<typeof cartonCount>[0]
): Promise<CartonNumbering> {
  return strapi.db.transaction(async ({ trx }) => {
    const settings = (await strapi.db.query(UID.shippingSetting as never).findOne({
      select: ['id', 'gs1CompanyPrefix', 'ssccExtensionDigit', 'ssccNextSerial'],
    })) as NumberingSettings | null;
    const prefix = settings?.gs1CompanyPrefix?.trim();
    if (!settings || !prefix) return { kind: 'code128' } as const;
    const meta = strapi.db.metadata.get(UID.shippingSetting as never);
    const column = (meta.attributes.ssccNextSerial as { columnName?: string }).columnName ?? 'sscc_next_serial';
    const count = cartonCount(cartons);
    // One atomic increment in the transaction: two label prints at once get two blocks, never the same serials.
    await trx(meta.tableName)
      .where({ id: settings.id })
      .update({ [column]: trx.raw('coalesce(??, 1) + ?', [column, count]) });
    const after = (await trx(meta.tableName).where({ id: settings.id }).first(column)) as Record<
      string,
      number | string
    >;
    return {
      kind: 'sscc',
      extension: settings.ssccExtensionDigit ?? 0,
      companyPrefix: prefix,
      firstSerial: Number(after[column]) - count,
    } as const;
  });
}
