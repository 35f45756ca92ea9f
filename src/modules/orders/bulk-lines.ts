import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../../platform/constants';
import { RECORD_TITLES } from '../workspace/domain/record-titles';
import type { BreakdownLine } from './domain/size-breakdown';

interface LineLink {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

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
  if (lines.length === 0) return [];
  const now = new Date();
  const { ids } = (await strapi.db.query(UID.orderLine).createMany({
    data: lines.map((line) => ({
      colour: line.colour.trim(),
      size: line.size.trim(),
      quantity: line.quantity,
      title: RECORD_TITLES['order-line']({
        orderPo: order.poNumber,
        record: line as unknown as Record<string, unknown>,
      }),
      publishedAt: now,
      ...(createdBy ? { createdBy, updatedBy: createdBy } : {}),
    })),
  })) as { ids: number[] };

  const meta = strapi.db.metadata.get(UID.orderLine as never) as unknown as {
    attributes: { order: { joinTable: LineLink } };
  };
  const link = meta.attributes.order.joinTable;
  let position = 0;
  if (link.inverseOrderColumnName) {
    const row = (await trx(link.name)
      .where(link.inverseJoinColumn.name, order.id)
      .max({ max: link.inverseOrderColumnName })
      .first()) as { max: number | string | null } | undefined;
    position = Number(row?.max ?? 0);
  }
  const rows = ids.map((id, index) => ({
    [link.joinColumn.name]: id,
    [link.inverseJoinColumn.name]: order.id,
    ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}),
    ...(link.inverseOrderColumnName ? { [link.inverseOrderColumnName]: position + index + 1 } : {}),
  }));
  // SQLite takes at most 999 bound values a statement: a few columns × 200 rows stays well under.
  for (let start = 0; start < rows.length; start += 200) await trx(link.name).insert(rows.slice(start, start + 200));

  // Webhooks and other listeners hear of each line as from the document service: after the commit.
  await strapi.db.transaction(({ onCommit }) => {
    onCommit(async () => {
      const created = await strapi.db.query(UID.orderLine).findMany({ where: { id: { $in: ids } } });
      for (const entry of created)
        await strapi.eventHub.emit('entry.create', { model: 'order-line', uid: UID.orderLine, entry });
    });
  });
  return ids;
}
