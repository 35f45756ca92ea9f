import type { Knex } from 'knex';
import type { DashboardFilters } from '../../../shared/contracts/dashboard';
import type { ChaseScope } from '../../../../../modules/reminders/facts';
import { withoutSqliteIndex, type Schema } from '../../../../../platform/db/schema';

const ORDER = 'api::order.order';

/**
 * The ids of the orders the filters keep, as a subquery every block joins:
 * merchandiser, customer, factory (orders reported on its lines), ex-factory range.
 */
export function filteredOrderIds(
  s: Schema,
  filters: DashboardFilters & { merchandiserId?: number | null }
): Knex.QueryBuilder {
  const k = s.knex;
  const orders = s.table(ORDER);
  const query = k(orders).select(`${orders}.id`);
  if (filters.merchandiserId) {
    const link = s.link(ORDER, 'merchandiser');
    query.whereIn(`${orders}.id`, k(link.table).select(link.from).where(link.to, filters.merchandiserId));
  }
  if (filters.customer) {
    const link = s.link(ORDER, 'customer');
    const customers = s.table('api::customer.customer');
    query.whereIn(
      `${orders}.id`,
      k(link.table)
        .select(link.from)
        .whereIn(
          link.to,
          k(customers).select('id').where(s.col('api::customer.customer', 'documentId'), filters.customer)
        )
    );
  }
  if (filters.factory) {
    const REPORT = 'api::production-report.production-report';
    const LINE = 'api::production-line.production-line';
    const reportOrder = s.link(REPORT, 'order');
    const reportLine = s.link(REPORT, 'line');
    const lineFactory = s.link(LINE, 'factory');
    const suppliers = s.table('api::supplier.supplier');
    const lines = k(lineFactory.table)
      .select(lineFactory.from)
      .whereIn(
        lineFactory.to,
        k(suppliers).select('id').where(s.col('api::supplier.supplier', 'documentId'), filters.factory)
      );
    query.whereIn(
      `${orders}.id`,
      k(reportOrder.table)
        .select(reportOrder.to)
        .whereIn(reportOrder.from, k(reportLine.table).select(reportLine.from).whereIn(reportLine.to, lines))
    );
  }
  if (filters.from) query.where(s.col(ORDER, 'exFactoryDate'), '>=', filters.from);
  if (filters.to) query.where(s.col(ORDER, 'exFactoryDate'), '<=', filters.to);
  return query;
}

const filtering = (filters: DashboardFilters & { merchandiserId?: number | null }) =>
  !!(filters.merchandiserId || filters.customer || filters.factory || filters.from || filters.to);

/**
 * Keeps a query to the filtered orders (nothing to do without a filter). The
 * unary plus stops SQLite from driving a link-table join through the IN list
 * — one probe per listed order for every row, minutes at 100k orders.
 */
export function onlyFilteredOrders(
  s: Schema,
  filters: DashboardFilters & { merchandiserId?: number | null },
  column: string
) {
  return (query: Knex.QueryBuilder) => {
    if (filtering(filters)) query.whereIn(withoutSqliteIndex(s, column), filteredOrderIds(s, filters));
  };
}

/** The filters as the scope of the due list's facts (samples follow their customer, or their order). */
export const chaseScope = (s: Schema, filters: DashboardFilters & { merchandiserId?: number | null }): ChaseScope => ({
  orders: (column: string) => onlyFilteredOrders(s, filters, column),
  customer: filters.customer ?? null,
  narrowsOrders: !!(filters.merchandiserId || filters.factory || filters.from || filters.to),
});
