import { violation, type Violation } from '../../../platform/domain/violation';

/** Operators a portal may use in filters: comparisons only, no logical operators that could reshape the scope. */
const OPERATORS = new Set([
  '$eq',
  '$ne',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$containsi',
  '$startsWith',
  '$null',
  '$notNull',
]);

export interface PortalQueryRules {
  /** Scalar fields of the portal view that may be filtered and sorted on. */
  fields: readonly string[];
  maxPageSize: number;
}

export interface PortalQuery {
  filters: Record<string, unknown>;
  sort: string[];
  page: number;
  pageSize: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * A portal's query, checked against the view's allow-list: filters only on
 * visible scalar fields with comparison operators (no `$or`, `$and`, `$not`,
 * no relation paths — nothing that could widen the scope or probe hidden
 * fields), sort on the same fields, pagination capped. `populate` and `fields`
 * are refused: a portal gets the view's fixed shape.
 */
export function checkPortalQuery(
  query: Record<string, unknown>,
  rules: PortalQueryRules
): { query: PortalQuery; violations: Violation[] } {
  const found: Violation[] = [];
  const allowed = new Set(rules.fields);
  for (const key of Object.keys(query)) {
    if (!['filters', 'sort', 'pagination'].includes(key)) {
      found.push(
        violation(
          [key],
          'portal-query',
          `${key} is not available to portal users: responses have a fixed set of fields`,
          `门户用户不能使用 ${key}:返回的字段是固定的`
        )
      );
    }
  }

  const filters: Record<string, unknown> = {};
  const rawFilters = query.filters ?? {};
  if (!isPlainObject(rawFilters)) {
    found.push(violation(['filters'], 'portal-query', 'filters must be an object', 'filters 必须是对象'));
  } else {
    for (const [field, condition] of Object.entries(rawFilters)) {
      if (!allowed.has(field)) {
        found.push(
          violation(
            ['filters', field],
            'portal-filter',
            `filtering on ${field} is not available to portal users`,
            `门户用户不能按 ${field} 筛选`
          )
        );
        continue;
      }
      const operators = isPlainObject(condition) ? Object.keys(condition) : ['$eq'];
      const bad = operators.filter((op) => !OPERATORS.has(op));
      if (bad.length > 0 || (isPlainObject(condition) && Object.values(condition).some(isPlainObject))) {
        found.push(
          violation(
            ['filters', field],
            'portal-filter',
            `only comparison operators are allowed on ${field}`,
            `${field} 只能使用比较运算符`
          )
        );
        continue;
      }
      filters[field] = isPlainObject(condition) ? condition : { $eq: condition };
    }
  }

  const sort: string[] = [];
  const rawSort =
    query.sort === undefined ? [] : Array.isArray(query.sort) ? query.sort : String(query.sort).split(',');
  for (const entry of rawSort) {
    const [field, direction = 'asc'] = String(entry).split(':');
    if (!allowed.has(field) || !['asc', 'desc'].includes(direction.toLowerCase())) {
      found.push(
        violation(
          ['sort'],
          'portal-sort',
          `sorting on ${String(entry)} is not available to portal users`,
          `门户用户不能按 ${String(entry)} 排序`
        )
      );
    } else {
      sort.push(`${field}:${direction.toLowerCase()}`);
    }
  }

  const pagination = isPlainObject(query.pagination) ? query.pagination : {};
  const page = Number(pagination.page ?? 1);
  const pageSize = Number(pagination.pageSize ?? 25);
  if (!Number.isInteger(page) || page < 1)
    found.push(
      violation(
        ['pagination', 'page'],
        'portal-pagination',
        'page must be a whole number ≥ 1',
        'page 必须为 ≥ 1 的整数'
      )
    );
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > rules.maxPageSize) {
    found.push(
      violation(
        ['pagination', 'pageSize'],
        'portal-pagination',
        `pageSize must be between 1 and ${rules.maxPageSize}`,
        `pageSize 必须在 1 到 ${rules.maxPageSize} 之间`
      )
    );
  }
  return { query: { filters, sort, page, pageSize }, violations: found };
}
