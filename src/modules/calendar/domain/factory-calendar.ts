import { calendarDaysBetween, isCalendarDate, isoDay, midnight, parseDay } from './calendar-date';
import { violation, type Violation } from '../../../platform/domain/violation';

/**
 * The factory calendar (工厂日历): the one answer to "is this a working day",
 * "N working days before/after a date" and "working days between two dates"
 * for production projections, T&A planning, reminders and SLAs.
 */

/** A factory shutdown (the Spring Festival, a national holiday): both days included. */
export interface Holiday {
  name: string;
  from: string;
  to: string;
}

/** A weekly day off declared a working day (调休), e.g. the Saturday before the Spring Festival. */
export interface MakeUpDay {
  name?: string | null;
  date: string;
}

export interface WorkCalendar {
  /** 0–6, Sunday = 0. */
  weeklyDaysOff: readonly number[];
  isHoliday?: (day: Date) => boolean;
  /** A make-up working day wins over the weekly day off and a holiday range. */
  isMakeUpDay?: (day: Date) => boolean;
}

export type DayKind = 'working' | 'calendar';

export const DEFAULT_CALENDAR: WorkCalendar = { weeklyDaysOff: [0] };

/**
 * The calendar day `days` after `day` at midnight. These loops run per order
 * and per day on the dashboards (thousands of orders a request); date-fns'
 * addDays costs ten times the plain Date arithmetic it wraps.
 */
export const shiftDays = (day: Date, days: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);

const dayOfText = (iso: string) => isoDay(parseDay(iso));

/** The factory calendar from its settings: weekly days off, holiday ranges and make-up working days. */
export function factoryCalendar(
  weeklyDaysOff: readonly number[],
  holidays: readonly Holiday[],
  makeUpDays: readonly MakeUpDay[] = []
): WorkCalendar {
  const ranges = holidays.map((holiday) => [dayOfText(holiday.from), dayOfText(holiday.to)] as const);
  const madeUp = new Set(makeUpDays.map((day) => dayOfText(day.date)));
  // Projections ask about the same few hundred days for every order of a dashboard: answer each day once.
  const known = new Map<number, boolean>();
  return {
    weeklyDaysOff,
    isHoliday: (date: Date) => {
      if (ranges.length === 0) return false;
      const key = date.getTime();
      let holiday = known.get(key);
      if (holiday === undefined) {
        const iso = isoDay(date);
        holiday = ranges.some(([from, to]) => iso >= from && iso <= to);
        known.set(key, holiday);
      }
      return holiday;
    },
    isMakeUpDay: madeUp.size === 0 ? undefined : (date: Date) => madeUp.has(isoDay(date)),
  };
}

export const isWorkingDay = (day: Date, calendar: WorkCalendar) =>
  !!calendar.isMakeUpDay?.(day) || (!calendar.weeklyDaysOff.includes(day.getDay()) && !calendar.isHoliday?.(day));

const guard = (calendar: WorkCalendar) => {
  if (calendar.weeklyDaysOff.length >= 7 && !calendar.isMakeUpDay)
    throw new RangeError('a calendar needs at least one working day a week');
};

/**
 * The `count`-th working day strictly after `from`, whether or not `from` is a
 * working day (Sunday + 1 = Monday); 0 is `from` itself.
 */
export function addWorkingDays(from: Date, count: number, calendar: WorkCalendar): Date {
  guard(calendar);
  // One Date stepped in place: these loops run per order and per day on the dashboards.
  const day = midnight(from);
  for (let left = count; left > 0;) {
    day.setDate(day.getDate() + 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/**
 * The `count`-th working day strictly before `from`, whether or not `from` is a
 * working day (Sunday − 1 = Saturday when Saturdays are worked); 0 is `from` itself.
 */
export function subtractWorkingDays(from: Date, count: number, calendar: WorkCalendar): Date {
  guard(calendar);
  const day = midnight(from);
  for (let left = count; left > 0;) {
    day.setDate(day.getDate() - 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** The first working day on or after `from`. */
export const firstWorkingDayFrom = (from: Date, calendar: WorkCalendar): Date => {
  const day = midnight(from);
  return isWorkingDay(day, calendar) ? day : addWorkingDays(day, 1, calendar);
};

/** Moves a date by `offset` days, counted as working days or calendar days. */
export function shiftDate(from: Date, offset: number, kind: DayKind, calendar: WorkCalendar): Date {
  if (kind === 'calendar') return shiftDays(midnight(from), offset);
  return offset >= 0 ? addWorkingDays(from, offset, calendar) : subtractWorkingDays(from, -offset, calendar);
}

/** Working days from `from` to `to`, both included. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  const start = midnight(from);
  const end = midnight(to);
  if (start > end) return 0;
  let count = 0;
  const days = calendarDaysBetween(end, start);
  for (let i = 0; i <= days; i += 1) {
    if (isWorkingDay(start, calendar)) count += 1;
    start.setDate(start.getDate() + 1);
  }
  return count;
}

/** The first day of the window of `count` working days that ends on `end` (included). */
export function workingWindowStart(end: Date, count: number, calendar: WorkCalendar): Date {
  const last = midnight(end);
  return isWorkingDay(last, calendar)
    ? subtractWorkingDays(last, count - 1, calendar)
    : subtractWorkingDays(last, count, calendar);
}

/** Holidays an administrator entered: real dates, in order. */
export function checkHolidays(holidays: readonly Partial<Holiday>[]): Violation[] {
  return holidays.flatMap((holiday, index) => {
    const found: Violation[] = [];
    const path = (field: string) => ['holidays', index, field];
    if (!holiday.name?.trim())
      found.push(violation(path('name'), 'holiday-name', 'a holiday needs a name', '节假日须填写名称'));
    for (const field of ['from', 'to'] as const) {
      if (!isCalendarDate(holiday[field])) {
        found.push(
          violation(
            path(field),
            'holiday-date',
            `${field} must be a date (YYYY-MM-DD)`,
            `${field} 须为日期(YYYY-MM-DD)`
          )
        );
      }
    }
    if (found.length === 0 && holiday.to! < holiday.from!) {
      found.push(
        violation(
          path('to'),
          'holiday-range',
          `${holiday.name}: to (${holiday.to}) is before from (${holiday.from})`,
          `${holiday.name}:结束日期 to(${holiday.to})早于开始日期 from(${holiday.from})`
        )
      );
    }
    return found;
  });
}

/** Make-up working days: real dates, each once, on a day that would otherwise be off. */
export function checkMakeUpDays(
  makeUpDays: readonly Partial<MakeUpDay>[],
  weeklyDaysOff: readonly number[],
  holidays: readonly Holiday[]
): Violation[] {
  const offCalendar = factoryCalendar(weeklyDaysOff, holidays);
  const seen = new Set<string>();
  return makeUpDays.flatMap((day, index) => {
    const path = ['makeUpDays', index, 'date'];
    if (!isCalendarDate(day.date))
      return [violation(path, 'make-up-date', 'date must be a date (YYYY-MM-DD)', 'date 须为日期(YYYY-MM-DD)')];
    if (seen.has(day.date))
      return [violation(path, 'make-up-duplicate', `${day.date} is listed twice`, `${day.date} 重复填写`)];
    seen.add(day.date);
    if (isWorkingDay(parseDay(day.date), offCalendar))
      return [
        violation(path, 'make-up-working-day', `${day.date} is already a working day`, `${day.date} 本来就是工作日`),
      ];
    return [];
  });
}
