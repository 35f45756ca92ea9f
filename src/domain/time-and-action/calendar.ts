import { addDays, format, parseISO, startOfDay } from 'date-fns';
import { isCalendarDate } from '../calendar-date';
import { violation, type Violation } from '../violation';
import { addWorkingDays, isWorkingDay, type WorkCalendar } from '../production/working-days';

/** A factory shutdown (the Spring Festival, a national holiday): both days included. */
export interface Holiday {
  name: string;
  from: string;
  to: string;
}

export type DayKind = 'working' | 'calendar';

const day = (iso: string) => format(startOfDay(parseISO(iso)), 'yyyy-MM-dd');

/** The factory calendar: its weekly days off and its holidays. */
export function factoryCalendar(weeklyDaysOff: readonly number[], holidays: readonly Holiday[]): WorkCalendar {
  const ranges = holidays.map((holiday) => [day(holiday.from), day(holiday.to)] as const);
  // Projections ask about the same few hundred days for every order of a dashboard: answer each day once.
  const known = new Map<number, boolean>();
  return {
    weeklyDaysOff,
    isHoliday: (date: Date) => {
      if (ranges.length === 0) return false;
      const key = date.getTime();
      let holiday = known.get(key);
      if (holiday === undefined) {
        const iso = format(date, 'yyyy-MM-dd');
        holiday = ranges.some(([from, to]) => iso >= from && iso <= to);
        known.set(key, holiday);
      }
      return holiday;
    },
  };
}

/** Holidays an administrator entered: real dates, in order, not longer than a season. */
export function checkHolidays(holidays: readonly Partial<Holiday>[]): Violation[] {
  return holidays.flatMap((holiday, index) => {
    const found: Violation[] = [];
    const path = (field: string) => ['holidays', index, field];
    if (!holiday.name?.trim()) found.push(violation(path('name'), 'holiday-name', 'a holiday needs a name'));
    for (const field of ['from', 'to'] as const) {
      const value = holiday[field];
      if (!isCalendarDate(value)) {
        found.push(violation(path(field), 'holiday-date', `${field} must be a date (YYYY-MM-DD)`));
      }
    }
    if (found.length === 0 && holiday.to! < holiday.from!) {
      found.push(
        violation(path('to'), 'holiday-range', `${holiday.name}: to (${holiday.to}) is before from (${holiday.from})`)
      );
    }
    return found;
  });
}

/** `count` working days before `from` (count ≥ 1 lands on a working day; 0 is `from` or the working day before). */
export function subtractWorkingDays(from: Date, count: number, calendar: WorkCalendar): Date {
  if (calendar.weeklyDaysOff.length >= 7) throw new RangeError('a calendar needs at least one working day a week');
  let current = startOfDay(from);
  while (!isWorkingDay(current, calendar)) current = addDays(current, -1);
  for (let left = count; left > 0;) {
    current = addDays(current, -1);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** Moves a date by `offset` days, counted as working days or calendar days. */
export function shiftDate(from: Date, offset: number, kind: DayKind, calendar: WorkCalendar): Date {
  if (kind === 'calendar') return addDays(startOfDay(from), offset);
  return offset >= 0 ? addWorkingDays(from, offset, calendar) : subtractWorkingDays(from, -offset, calendar);
}
