import { isCalendarDate } from '../../calendar/domain/calendar-date';
import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * What the database can hold, checked before the write or the query reaches
 * it: PostgreSQL answers an integer beyond 32 bits, a decimal beyond
 * (10,2), a 300-character string in a varchar(255) or `'abc'` compared with
 * a number with an error (a 500), while SQLite stores or compares them
 * silently. Both now get the same 400, naming the field.
 */

/** The part of a Strapi attribute definition these checks read. */
export interface AttributeSpec {
  type: string;
  required?: boolean;
  maxLength?: number;
  target?: string;
  component?: string;
  repeatable?: boolean;
  components?: string[];
}
export type Attributes = Record<string, AttributeSpec>;
/** The attributes of a component or of a relation's target model. */
export type ModelLookup = (uid: string) => Attributes | undefined;

export const INTEGER_RANGE = { min: -(2 ** 31), max: 2 ** 31 - 1 } as const;
const BIGINT_RANGE = { min: -(2n ** 63n), max: 2n ** 63n - 1n } as const;
/** Strapi stores decimals as decimal(10,2): eight digits before the point. */
export const DECIMAL_LIMIT = 1e8;
/** Column sizes when a schema sets no maxLength: varchar(255) for strings; text is bounded by Gendan. */
export const DEFAULT_MAX_LENGTH: Record<string, number> = {
  string: 255,
  email: 255,
  uid: 255,
  password: 255,
  text: 20_000,
  richtext: 50_000,
};

type Path = Array<string | number>;
const label = (path: Path) => path.join('.');
const NUMERIC = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return Number(value);
  return null;
};

const isDate = (value: unknown) =>
  value instanceof Date ? !Number.isNaN(value.getTime()) : isCalendarDate(value) || isDateTime(value, true);

function isDateTime(value: unknown, requireTime = false): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const match = /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match || !isCalendarDate(match[1])) return false;
  if (requireTime && !match[2]) return false;
  return !Number.isNaN(Date.parse(match[2] ? value.replace(' ', 'T') : match[1]));
}

const BOOLEAN_WORDS = new Set(['true', 'false', '1', '0', 't', 'f']);

/** Why a value does not fit, in English and in Chinese; both read after the field's name. */
interface Problem {
  en: string;
  zh: string;
}
const problem = (en: string, zh: string): Problem => ({ en, zh });

/** A scalar value in range for its attribute type, or the message saying why not (null: fine). */
export function scalarProblem(type: string, value: unknown): string | null {
  return scalarProblemOf(type, value)?.en ?? null;
}

function scalarProblemOf(type: string, value: unknown): Problem | null {
  switch (type) {
    case 'integer': {
      const number = asNumber(value);
      if (number === null || !Number.isInteger(number)) return problem('must be a whole number', '必须为整数');
      if (number < INTEGER_RANGE.min || number > INTEGER_RANGE.max)
        return problem(
          `must be between ${INTEGER_RANGE.min} and ${INTEGER_RANGE.max}`,
          `必须在 ${INTEGER_RANGE.min} 到 ${INTEGER_RANGE.max} 之间`
        );
      return null;
    }
    case 'biginteger': {
      const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
      if (typeof text !== 'string' || !/^-?\d+$/.test(text)) return problem('must be a whole number', '必须为整数');
      const big = BigInt(text);
      return big < BIGINT_RANGE.min || big > BIGINT_RANGE.max ? problem('is out of range', '超出范围') : null;
    }
    case 'decimal': {
      const number = asNumber(value);
      if (number === null) return problem('must be a number', '必须为数字');
      return Math.abs(number) >= DECIMAL_LIMIT
        ? problem(
            `must be less than ${DECIMAL_LIMIT.toLocaleString('en')} in size`,
            `绝对值必须小于 ${DECIMAL_LIMIT.toLocaleString('en')}`
          )
        : null;
    }
    case 'float':
      return asNumber(value) === null ? problem('must be a number', '必须为数字') : null;
    case 'date':
      return isDate(value) ? null : problem('must be a calendar date (YYYY-MM-DD)', '必须为日期(YYYY-MM-DD)');
    case 'datetime':
    case 'timestamp':
      return isDateTime(value) ? null : problem('must be a date and time (ISO 8601)', '必须为日期时间(ISO 8601)');
    case 'boolean':
      return typeof value === 'boolean' ||
        (typeof value === 'string' && BOOLEAN_WORDS.has(value.toLowerCase())) ||
        value === 0 ||
        value === 1
        ? null
        : problem('must be true or false', '必须为 true 或 false');
    default:
      return null;
  }
}

const TEXT_TYPES = new Set(Object.keys(DEFAULT_MAX_LENGTH));

/**
 * The values a write sends, checked against the attributes (components and
 * dynamic zones followed): numbers in range, real dates, strings within the
 * column, and no required text made of spaces only (it would be trimmed to
 * an empty, yet "present", value).
 */
export function checkWriteValues(
  attributes: Attributes,
  data: unknown,
  lookup: ModelLookup,
  path: Path = []
): Violation[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const found: Violation[] = [];
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    const attribute = attributes[field];
    if (!attribute || value === undefined) continue;
    const at = [...path, field];
    if (attribute.type === 'component' && attribute.component) {
      const inner = lookup(attribute.component);
      if (!inner || value === null) continue;
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) =>
        found.push(...checkComponentItem(inner, item, lookup, attribute.repeatable ? [...at, index] : at))
      );
      continue;
    }
    if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const uid = (item as { __component?: unknown } | null)?.__component;
        const inner = typeof uid === 'string' && attribute.components?.includes(uid) ? lookup(uid) : undefined;
        if (inner) found.push(...checkWriteValues(inner, item, lookup, [...at, index]));
      });
      continue;
    }
    if (value === null) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') {
      const wrong = relationProblem(value);
      if (wrong)
        found.push(violation(at, 'relation-reference', `${label(at)} ${wrong.en}`, `${label(at)} ${wrong.zh}`));
      continue;
    }
    if (TEXT_TYPES.has(attribute.type) || attribute.type === 'enumeration') {
      // An object where text belongs reached Strapi's uniqueness query as an operator (`name > 1`): on
      // PostgreSQL the failed query aborted the transaction and an unawaited sibling crashed the server.
      if (typeof value === 'object') {
        found.push(violation(at, 'value-type', `${label(at)} must be text`, `${label(at)} 必须是文本`));
        continue;
      }
      if (typeof value !== 'string' || attribute.type === 'enumeration') continue;
      if (attribute.required && value.trim() === '') {
        found.push(
          violation(at, 'required', `${label(at)} is required: it may not be blank`, `${label(at)} 为必填项:不能为空白`)
        );
      }
      const max = attribute.maxLength ?? DEFAULT_MAX_LENGTH[attribute.type];
      if (value.length > max) {
        found.push(
          violation(
            at,
            'max-length',
            `${label(at)} must be at most ${max} characters (${value.length} sent)`,
            `${label(at)} 最多 ${max} 个字符(提交了 ${value.length} 个)`
          )
        );
      }
      continue;
    }
    const wrong = scalarProblemOf(attribute.type, value);
    if (wrong) found.push(violation(at, 'value-range', `${label(at)} ${wrong.en}`, `${label(at)} ${wrong.zh}`));
  }
  return found;
}

const isId = (value: unknown) =>
  typeof value === 'number'
    ? Number.isSafeInteger(value) && value > 0 && value <= INTEGER_RANGE.max
    : typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= INTEGER_RANGE.max;

/** One reference to a related record: a documentId, a numeric id, or { id | documentId, position? }. */
function referenceProblem(reference: unknown): Problem | null {
  if (typeof reference === 'string')
    return reference.length > 0 && reference.length <= 64
      ? null
      : problem('names a document id of 1–64 characters', '须为 1–64 个字符的 document id');
  if (typeof reference === 'number')
    return isId(reference)
      ? null
      : problem('names a numeric id that is not a positive whole number', '指定的数字 id 不是正整数');
  if (!isPlainObject(reference))
    return problem('must name documents by documentId or id', '必须用 documentId 或 id 指定记录');
  const { id, documentId } = reference;
  if (id !== undefined && id !== null && !isId(id))
    return problem('names an id that is not a positive whole number', '指定的 id 不是正整数');
  if (documentId !== undefined && documentId !== null && (typeof documentId !== 'string' || documentId.length > 64))
    return problem(
      'names a documentId that is not a string of at most 64 characters',
      '指定的 documentId 不是最多 64 个字符的字符串'
    );
  if ((id === undefined || id === null) && (documentId === undefined || documentId === null))
    return problem('must name each document by documentId or id', '必须用 documentId 或 id 指定每条记录');
  return null;
}

/**
 * A relation value as Strapi takes it — a reference, a list of references, or
 * { connect, disconnect, set } lists of them. An id that is not a number
 * reached PostgreSQL as `integer = 'abc'`; inside a clone the aborted
 * transaction left the request hanging.
 */
function relationProblem(value: unknown): Problem | null {
  if (Array.isArray(value)) return value.map(referenceProblem).find(Boolean) ?? null;
  if (isPlainObject(value) && ['connect', 'disconnect', 'set'].some((key) => key in value)) {
    for (const [key, list] of Object.entries(value)) {
      if (!['connect', 'disconnect', 'set', 'options'].includes(key))
        return problem(
          `may hold connect, disconnect or set, not ${key}`,
          `只能包含 connect、disconnect 或 set,不能包含 ${key}`
        );
      if (key === 'options') continue;
      if (!Array.isArray(list)) return problem(`${key} must be a list of references`, `${key} 必须是引用列表`);
      const wrong = list.map(referenceProblem).find(Boolean);
      if (wrong) return wrong;
    }
    return null;
  }
  return referenceProblem(value);
}

/** Keys a component item may carry besides its attributes (the form's bookkeeping). */
const ITEM_KEYS = new Set(['id', '__temp_key__', '__component']);

/**
 * One component item (a size, a roll, a supplier kind): its values checked
 * like a record's, no field it does not have, and — when it is a new item
 * (no id) — its required fields present. Strapi lets an update through with a
 * new item missing its required fields; the guards would then read nonsense.
 */
function checkComponentItem(attributes: Attributes, item: unknown, lookup: ModelLookup, at: Path): Violation[] {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    return [
      violation(
        at,
        'component-shape',
        `${label(at)} must be an object of fields`,
        `${label(at)} 必须是由字段组成的对象`
      ),
    ];
  }
  const fields = item as Record<string, unknown>;
  const found = Object.keys(fields)
    .filter((key) => !attributes[key] && !ITEM_KEYS.has(key))
    .map((key) =>
      violation(
        [...at, key],
        'unknown-field',
        `${label([...at, key])} is not a field here`,
        `${label([...at, key])} 不是此处的字段`
      )
    );
  if (fields.id === undefined || fields.id === null) {
    for (const [name, attribute] of Object.entries(attributes)) {
      const value = fields[name];
      if (attribute.required && (value === undefined || value === null || value === '')) {
        found.push(
          violation(
            [...at, name],
            'required',
            `${label([...at, name])} is required`,
            `${label([...at, name])} 为必填项`
          )
        );
      }
    }
  }
  return [...found, ...checkWriteValues(attributes, fields, lookup, at)];
}

/** Operators whose operand is compared with the attribute's own type. */
const COMPARISONS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$eqi', '$nei']);
const LOGICAL = new Set(['$and', '$or']);
const TYPED = new Set(['integer', 'biginteger', 'decimal', 'float', 'date', 'datetime', 'timestamp', 'boolean']);
/** Implicit columns every model has. */
const IMPLICIT: Attributes = { id: { type: 'integer' } };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** The values of an operand: an array's items, a qs-parsed object's values; a subquery or Date stands for itself. */
const itemsOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [value];

function checkOperand(type: string, operand: unknown, at: Path, found: Violation[]) {
  for (const item of itemsOf(operand)) {
    // Gendan's own code filters with subqueries (knex builders) and Date objects: not request values.
    if (item === null || item === undefined || (typeof item === 'object' && !(item instanceof Date))) continue;
    const wrong = scalarProblemOf(type, item);
    if (wrong) {
      found.push(
        violation(
          at,
          'filter-value',
          `${label(at)}: the value ${wrong.en} (the field is ${type === 'integer' ? 'an' : 'a'} ${type})`,
          `${label(at)}:该值${wrong.zh}(该字段为 ${type} 类型)`
        )
      );
      return;
    }
  }
}

function checkScalarFilter(type: string, value: unknown, at: Path, found: Violation[]) {
  if (!isPlainObject(value)) {
    checkOperand(type, value, at, found);
    return;
  }
  for (const [operator, operand] of Object.entries(value)) {
    if (operator === '$not') checkScalarFilter(type, operand, [...at, operator], found);
    else if (COMPARISONS.has(operator)) checkOperand(type, operand, [...at, operator], found);
  }
}

/**
 * A list's filters, checked against the attributes they name (relations and
 * components followed): `filters[totalQuantity][$gt]=abc` is a 400 naming
 * the filter. Unknown keys are left to Strapi's own query validation.
 */
export function checkFilterValues(
  attributes: Attributes,
  filters: unknown,
  lookup: ModelLookup,
  path: Path = ['filters']
): Violation[] {
  if (!filters || typeof filters !== 'object') return [];
  const found: Violation[] = [];
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    const at = [...path, key];
    if (LOGICAL.has(key)) {
      itemsOf(value).forEach((item, index) =>
        found.push(...checkFilterValues(attributes, item, lookup, [...at, index]))
      );
      continue;
    }
    if (key === '$not') {
      found.push(...checkFilterValues(attributes, value, lookup, at));
      continue;
    }
    const attribute = attributes[key] ?? IMPLICIT[key];
    if (!attribute) continue;
    const nested =
      attribute.type === 'relation'
        ? attribute.target
        : attribute.type === 'component'
          ? attribute.component
          : attribute.type === 'media'
            ? 'plugin::upload.file'
            : undefined;
    if (nested) {
      // `filters[order][$eq]=x` compares the related row's id: an integer (PostgreSQL answered 500 to a word).
      if (!isPlainObject(value)) {
        checkOperand('integer', value, at, found);
        continue;
      }
      const operators = Object.fromEntries(Object.entries(value).filter(([operator]) => COMPARISONS.has(operator)));
      if (Object.keys(operators).length > 0) checkScalarFilter('integer', operators, at, found);
      const inner = lookup(nested);
      if (inner) found.push(...checkFilterValues(inner, value, lookup, at));
      continue;
    }
    if (TYPED.has(attribute.type)) checkScalarFilter(attribute.type, value, at, found);
  }
  return found;
}
