import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../../platform/constants';
import { createManyLinked } from '../../platform/db/bulk-create';
import { RECORD_TITLES } from '../workspace/domain/record-titles';
import type { BreakdownLine } from './domain/size-breakdown';

/**
 * Creates many lines of one order at once, for the size-breakdown endpoint
 * (and so for imports): rows through Strapi's query engine in batches (its
 * document ids, timestamps and value handling), the order links with their
 * positions in one insert, each line's title from the same pure function the
 * titles middleware uses. The caller has checked the whole breakdown under
 * the order's lock (scale, spelling, one line per colour × size) and sets the
 * order's total after — what the line guard would do line by line, at 16
 * queries a line. Listeners (webhooks) get `entry.create` per line after the commit, as from the
 * document service.
 */
export async function insertOrderLines(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  order: { id: number; poNumber: string },
  lines: readonly BreakdownLine[],
  createdBy: number | null
): Promise<number[]> {
  const now = new Date();
  return createManyLinked(
    strapi,
    trx,
    UID.orderLine,
    lines.map((line) => ({
      data: {
        colour: line.colour.trim(),
        size: line.size.trim(),
        quantity: line.quantity,
        title: RECORD_TITLES['order-line']({
          orderPo: order.poNumber,
          record: line as unknown as Record<string, unknown>,
        }),
        publishedAt: now,
        ...(createdBy ? { createdBy, updatedBy: createdBy } : {}),
      },
      links: { order: order.id },
    }))
  );
}
