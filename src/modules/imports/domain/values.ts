import { isValid, parse } from 'date-fns';
import { isBlank, isErrorCell, textOf, type CellValue } from './sheet';

/**
 * Reading one cell as the field it should hold. A cell is read or refused with
 * the rule it breaks, in both languages; a blank cell is `null`, which the
 * caller decides about (a blank quantity is no line; a blank PO number is an error).
 */

export interface Problem {
  rule: string;
  message: string;
  messageZh: string;
}

export type Read<T> = { value: T } | { problem: Problem };

const ok = <T>(value: T): Read<T> => ({ value });
const refuse = (rule: string, message: string, messageZh: string): Read<never> => ({
  problem: { rule, message, messageZh },
});
export const isProblem = <T>(read: Read<T>): read is { problem: Problem } => 'problem' in read;

const formulaError = (value: CellValue) =>
  isErrorCell(value)
    ? refuse(
        'formula-error',
        `the cell shows the formula error ${value.error}: fix the formula in the sheet`,
        `单元格为公式错误 ${value.error}:请在表格中修正公式`
      )
    : null;

export function readText(value: CellValue): Read<string | null> {
  return formulaError(value) ?? ok(isBlank(value) ? null : textOf(value));
}

/** Thousands written with commas or spaces ("1,200", "1 200"), never with dots (1.200 is one and a fifth). */
const WHOLE = /^[+-]?\d{1,3}(?:[, \u00a0]\d{3})+$|^[+-]?\d+$/;

/** A number of pieces: a whole number > 0; blank and 0 are "none". */
export function readQuantity(value: CellValue): Read<number | null> {
  const error = formulaError(value);
  if (error) return error;
  if (isBlank(value)) return ok(null);
  let n: number;
  if (typeof value === 'number') n = value;
  else {
    const text = textOf(value);
    n = WHOLE.test(text) ? Number(text.replace(/[, \u00a0]/g, '')) : Number.NaN;
  }
  if (n === 0) return ok(null);
  if (!Number.isInteger(n) || n < 0)
    return refuse(
      'quantity-positive-integer',
      `"${textOf(value)}" is not a whole number of pieces greater than 0`,
      `"${textOf(value)}"不是大于 0 的整数件数`
    );
  return ok(n);
}

/** A ratio cell of a prepack set: like a quantity (pieces per set). */
export const readRatio = readQuantity;

export type DateOrder = 'DMY' | 'MDY';

const day = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/** Excel's day numbers (1900 system, with its phantom 29 Feb 1900): 46000 → 2025-12-08. */
export function excelSerialDay(serial: number): string {
  return day(new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000));
}

/** Text dates that mean one day whoever reads them. */
const UNAMBIGUOUS = [
  'yyyy-M-d',
  'yyyy/M/d',
  'yyyy.M.d',
  "yyyy'年'M'月'd'日'",
  'd MMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
  'd MMMM yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
];

const parseWith = (text: string, format: string): Date | null => {
  const parsed = parse(text, format, new Date(2000, 0, 1));
  return isValid(parsed) && parsed.getFullYear() >= 1990 && parsed.getFullYear() <= 2199 ? parsed : null;
};
const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * A day (YYYY-MM-DD) from a date cell, an Excel day number or a text date.
 * "05/12/2026" is 5 December in Europe and 12 May in the US: it is read only
 * when the mapping says the buyer's order (`dateOrder`), or when one part is
 * over 12; otherwise the cell is named and the choice asked for.
 */
export function readDate(value: CellValue, dateOrder?: DateOrder): Read<string | null> {
  const error = formulaError(value);
  if (error) return error;
  if (isBlank(value)) return ok(null);
  if (value instanceof Date) return ok(day(value));
  if (typeof value === 'number') {
    // Day numbers from 1990 to 2199: anything else is a quantity typed in a date cell.
    if (value >= 32_874 && value <= 109_574) return ok(excelSerialDay(value));
    return refuse('date-unreadable', `${value} is not a date`, `${value} 不是日期`);
  }
  const text = textOf(value).replace(/\s+/g, ' ');
  for (const format of UNAMBIGUOUS) {
    const parsed = parseWith(text, format);
    if (parsed) return ok(localDay(parsed));
  }
  const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const order: DateOrder | null = a > 12 ? 'DMY' : b > 12 ? 'MDY' : (dateOrder ?? null);
    if (!order)
      return refuse(
        'date-ambiguous',
        `"${text}" could be ${a} ${monthName(b)} or ${b} ${monthName(a)}: set the buyer's date order (day/month or month/day) in the mapping, or type the date as a date`,
        `"${text}"可以是 ${b} 月 ${a} 日,也可以是 ${a} 月 ${b} 日:请在映射中设置客户的日期顺序(日/月 或 月/日),或将单元格改为日期格式`
      );
    const year = slashed[3].length === 2 ? `20${slashed[3]}` : slashed[3];
    const [d, m] = order === 'DMY' ? [a, b] : [b, a];
    const parsed = parseWith(`${year}-${m}-${d}`, 'yyyy-M-d');
    if (parsed) return ok(localDay(parsed));
  }
  return refuse(
    'date-unreadable',
    `"${text}" is not a date (write it as 2026-12-05, 5 Dec 2026 or as an Excel date)`,
    `"${text}"不是日期(请写成 2026-12-05、5 Dec 2026 或 Excel 日期格式)`
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (m: number) => MONTHS[m - 1] ?? `month ${m}`;

/** Currency marks a buyer's sheet uses beside an amount, to ISO 4217. */
const CURRENCY_MARKS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  RMB: 'CNY',
  人民币: 'CNY',
  HK$: 'HKD',
};

export interface Money {
  amount: string;
  currency: string | null;
}

/** An amount ≥ 0 as a decimal string ("12.5"), with the currency written beside it when there is one ("USD 12.50", "$12.50"). */
export function readAmount(value: CellValue): Read<Money | null> {
  const error = formulaError(value);
  if (error) return error;
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number')
    return value >= 0
      ? ok({ amount: String(value), currency: null })
      : refuse('amount-not-negative', `${value} is below 0`, `${value} 小于 0`);
  const text = textOf(value).replace(/\s+/g, '');
  const match = /^([A-Z]{3}|US\$|HK\$|RMB|人民币|[$€£])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([A-Z]{3})?$/.exec(
    text
  );
  if (!match)
    return refuse(
      'amount-unreadable',
      `"${textOf(value)}" is not an amount (e.g. 12.50 or USD 12.50)`,
      `"${textOf(value)}"不是金额(如 12.50 或 USD 12.50)`
    );
  const mark = match[1] ?? match[3] ?? null;
  const currency = mark === null ? null : (CURRENCY_MARKS[mark] ?? mark);
  return ok({ amount: match[2].replace(/,/g, ''), currency });
}

/** What buyers write for the ship mode, in English and Chinese. */
const SHIP_MODES: Array<[RegExp, string]> = [
  [/^(sea|ocean|by sea|sea freight|vessel|海运|船运|海)$/i, 'sea'],
  [/^(air|by air|air freight|空运|空)$/i, 'air'],
  [/^(rail|train|by rail|铁路|铁运|火车)$/i, 'rail'],
  [/^(truck|road|by road|lorry|陆运|汽运|卡车)$/i, 'truck'],
  [/^(courier|express|dhl|fedex|ups|tnt|快递|快件)$/i, 'courier'],
];

export function readShipMode(value: CellValue): Read<string | null> {
  const error = formulaError(value);
  if (error) return error;
  if (isBlank(value)) return ok(null);
  const text = textOf(value);
  const found = SHIP_MODES.find(([pattern]) => pattern.test(text));
  return found
    ? ok(found[1])
    : refuse(
        'ship-mode-unknown',
        `"${text}" is not a ship mode (sea, air, rail, truck or courier)`,
        `"${text}"不是运输方式(海运、空运、铁路、陆运或快递)`
      );
}

/** ISO 4217 code, or a mark that means one ("US$" → USD). */
export function readCurrency(value: CellValue): Read<string | null> {
  const error = formulaError(value);
  if (error) return error;
  if (isBlank(value)) return ok(null);
  const text = textOf(value).toUpperCase();
  const code = CURRENCY_MARKS[text] ?? text;
  return /^[A-Z]{3}$/.test(code)
    ? ok(code)
    : refuse('currency-iso-4217', `"${text}" is not an ISO 4217 currency code`, `"${text}"不是 ISO 4217 币种代码`);
}
