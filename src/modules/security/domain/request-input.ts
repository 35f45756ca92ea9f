import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * Checks on what a request carries, before any of it reaches a controller or
 * the database: the same answer on SQLite and PostgreSQL, and a 400 naming
 * the parameter instead of a 500 from the driver.
 */

/** PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00"); SQLite keeps it silently. */
const NUL = '\u0000';

/** The path of the first key or string holding a NUL character, or null. */
export function findNul(value: unknown, path: Array<string | number> = []): Array<string | number> | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  // Walk breadth-first without recursion: a hostile body may be deep.
  const queue: Array<[unknown, Array<string | number>]> = [[value, path]];
  while (queue.length > 0) {
    const [current, at] = queue.shift()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return at;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => queue.push([item, [...at, index]]));
    } else if (current && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current)) {
        if (key.includes(NUL)) return [...at, key.replaceAll(NUL, '\\u0000')];
        queue.push([inner, [...at, key]]);
      }
    }
  }
  return null;
}

/** How deeply objects and arrays nest in a value (a scalar is 0), counted without recursion. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

/**
 * What a request carries that no route accepts: a NUL character in the URL
 * path or anywhere in the query or body, or objects nested beyond the limit.
 */
export function checkRequestShape(request: {
  path: string;
  query: unknown;
  body: unknown;
  maxDepth: number;
}): Violation[] {
  const found: Violation[] = [];
  if (/%00/.test(request.path) || request.path.includes(NUL)) {
    found.push(
      violation(
        ['path'],
        'nul-character',
        'the URL path may not contain a NUL character (%00)',
        'URL 路径不能包含 NUL 字符(%00)'
      )
    );
  }
  for (const [source, value] of [
    ['query', request.query],
    ['body', request.body],
  ] as const) {
    const at = findNul(value);
    if (at) {
      const path = [source, ...at];
      found.push(
        violation(
          path,
          'nul-character',
          `${path.join('.')} may not contain a NUL character (\\u0000)`,
          `${path.join('.')} 不能包含 NUL 字符(\\u0000)`
        )
      );
    }
    if (depthOf(value) > request.maxDepth) {
      found.push(
        violation(
          [source],
          'max-depth',
          `the ${source} nests objects and arrays more than ${request.maxDepth} levels deep`,
          `${source === 'query' ? '查询参数' : '请求体'}的对象和数组嵌套超过 ${request.maxDepth} 层`
        )
      );
    }
  }
  return found;
}

/** The largest page number or size a list accepts; beyond it a database offset would overflow. */
export const MAX_PAGE_NUMBER = 2 ** 31 - 1;

const POSITIVE = /^[1-9]\d*$/;
const NON_NEGATIVE = /^(0|[1-9]\d*)$/;

interface PaginationParam {
  path: string[];
  value: unknown;
  min: 0 | 1 | -1;
}

const paginationParams = (query: Record<string, unknown>): PaginationParam[] => {
  const params: PaginationParam[] = [];
  const pagination = query.pagination;
  if (pagination && typeof pagination === 'object' && !Array.isArray(pagination)) {
    const p = pagination as Record<string, unknown>;
    if (p.page !== undefined) params.push({ path: ['pagination', 'page'], value: p.page, min: 1 });
    if (p.pageSize !== undefined) params.push({ path: ['pagination', 'pageSize'], value: p.pageSize, min: 1 });
    if (p.start !== undefined) params.push({ path: ['pagination', 'start'], value: p.start, min: 0 });
    // Strapi reads limit -1 as "as many as allowed".
    if (p.limit !== undefined) params.push({ path: ['pagination', 'limit'], value: p.limit, min: -1 });
  } else if (pagination !== undefined) {
    params.push({ path: ['pagination'], value: pagination, min: 1 });
  }
  // The admin panel's lists (Content Manager, Gendan's pages) page with top-level page/pageSize.
  if (query.page !== undefined) params.push({ path: ['page'], value: query.page, min: 1 });
  if (query.pageSize !== undefined) params.push({ path: ['pageSize'], value: query.pageSize, min: 1 });
  return params;
};

const isWhole = (value: unknown, min: PaginationParam['min']) => {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return false;
  if (min === -1 && text === '-1') return true;
  if (!(min === 1 ? POSITIVE : NON_NEGATIVE).test(text)) return false;
  return Number(text) <= MAX_PAGE_NUMBER;
};

/**
 * Page numbers, sizes, starts and limits are whole numbers in range:
 * `pagination[page]=1e300` or `=abc` is a 400 naming the parameter, never a
 * page that wraps around or a driver error.
 */
export function checkPagination(query: Record<string, unknown>): Violation[] {
  return paginationParams(query)
    .filter((param) => !isWhole(param.value, param.min))
    .map((param) => {
      const name = `${param.path[0]}${param.path
        .slice(1)
        .map((part) => `[${part}]`)
        .join('')}`;
      const from = param.min === 1 ? 1 : 0;
      return violation(
        param.path,
        'pagination',
        `${name} must be a whole number from ${from} to ${MAX_PAGE_NUMBER}`,
        `${name} 必须为 ${from} 到 ${MAX_PAGE_NUMBER} 之间的整数`
      );
    });
}

/** A request body size limit for the routes under a path prefix (the longest matching prefix wins). */
export interface BodyLimit {
  prefix: string;
  bytes: number;
}

export function bodyLimitFor(path: string, limits: readonly BodyLimit[]): number | null {
  let best: BodyLimit | null = null;
  for (const limit of limits) {
    if (path.startsWith(limit.prefix) && (!best || limit.prefix.length > best.prefix.length)) best = limit;
  }
  return best?.bytes ?? null;
}

/** At most this many errors are listed in one answer; the rest are counted. */
export const MAX_LISTED_ERRORS = 10;
const MAX_MESSAGE_LENGTH = 1000;

interface ErrorBody {
  message?: unknown;
  details?: { errors?: unknown[]; more?: number } & Record<string, unknown>;
}

/**
 * An error answer stays small whatever the request held: 50 000 unknown keys
 * give the first few by name and a count, not a 7 MB echo.
 */
export function capErrorBody<T extends ErrorBody>(error: T): T & ErrorBody {
  const capped: T & ErrorBody = { ...error };
  if (typeof capped.message === 'string' && capped.message.length > MAX_MESSAGE_LENGTH) {
    capped.message = `${capped.message.slice(0, MAX_MESSAGE_LENGTH)}… (${capped.message.length - MAX_MESSAGE_LENGTH} more characters)`;
  }
  const errors = capped.details?.errors;
  if (Array.isArray(errors)) {
    capped.details = {
      ...capped.details,
      errors: errors.slice(0, MAX_LISTED_ERRORS).map(capOneError),
      ...(errors.length > MAX_LISTED_ERRORS ? { more: errors.length - MAX_LISTED_ERRORS } : {}),
    };
  }
  // Whatever else a validator put in the details (the rejected value itself…) is dropped when it is large.
  if (capped.details && JSON.stringify(capped.details).length > MAX_DETAILS_LENGTH) {
    const { errors: kept, more } = capped.details;
    capped.details = { ...(kept ? { errors: kept } : {}), ...(more ? { more } : {}), truncated: true };
  }
  return capped;
}

const MAX_DETAILS_LENGTH = 8_000;

/** One listed error: its path, rule and message, without an echo of a large rejected value. */
function capOneError(error: unknown): unknown {
  if (!error || typeof error !== 'object') return error;
  const { value, message, ...rest } = error as { value?: unknown; message?: unknown } & Record<string, unknown>;
  const small = value === undefined || JSON.stringify(value)?.length <= 200;
  return {
    ...rest,
    ...(typeof message === 'string' ? { message: message.length > 300 ? `${message.slice(0, 300)}…` : message } : {}),
    ...(small && value !== undefined ? { value } : {}),
  };
}
