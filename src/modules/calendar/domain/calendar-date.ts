import { isMatch, parseISO } from 'date-fns';

/**
 * A real calendar day written `YYYY-MM-DD`: `2026-02-28` is one, `2026-02-31`
 * and `2026-99-99` are not (they match the pattern but name no day). Every
 * date a request carries is checked with this one rule.
 */
export const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');

export const CALENDAR_DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';

/*
 * Day arithmetic for the loops that run per order and per day on the dashboards
 * and in the reminder run (ten thousand open orders a request): date-fns'
 * parseISO, format and differenceInCalendarDays re-parse patterns and build
 * extra Dates on every call, which cost more there than the SQL does. These
 * give the same answers for local calendar days.
 */
const DAY_MS = 86_400_000;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Local midnight of a `YYYY-MM-DD` day (as parseISO gives it); an invalid day is an Invalid Date. */
export function parseDay(day: string): Date {
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return parseISO(day);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  const date = Number(day.slice(8, 10));
  const parsed = new Date(year, month, date);
  return parsed.getFullYear() === year && parsed.getMonth() === month && parsed.getDate() === date
    ? parsed
    : new Date(NaN);
}

/** The local calendar day of a date, `YYYY-MM-DD`. */
export const isoDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Local midnight of the day `date` falls on. */
export const midnight = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/** Calendar days from `earlier` to `later` (negative when `later` is before), whatever the times of day. */
export const calendarDaysBetween = (later: Date, earlier: Date) =>
  Math.round(
    (Date.UTC(later.getFullYear(), later.getMonth(), later.getDate()) -
      Date.UTC(earlier.getFullYear(), earlier.getMonth(), earlier.getDate())) /
      DAY_MS
  );
