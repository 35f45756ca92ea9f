import { format, parseISO } from 'date-fns';
import {
  addWorkingDays,
  checkHolidays,
  checkMakeUpDays,
  factoryCalendar,
  firstWorkingDayFrom,
  isWorkingDay,
  shiftDate,
  subtractWorkingDays,
  workingDaysBetween,
  workingWindowStart,
} from './factory-calendar';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const at = (day: string) => parseISO(day);
const sundaysOff = factoryCalendar([0], []);
// Sundays off; the 2027 Spring Festival shutdown (Chinese New Year is Saturday 6 February 2027).
const springFestival = factoryCalendar([0], [{ name: 'Spring Festival', from: '2027-02-04', to: '2027-02-14' }]);

describe('N working days before/after: the N-th working day strictly before/after (issue #17 examples)', () => {
  it('Sunday 2026-12-13 − 1 working day = Saturday 2026-12-12', () => {
    expect(iso(subtractWorkingDays(at('2026-12-13'), 1, sundaysOff))).toBe('2026-12-12');
  });
  it('Sunday 2026-12-06 + 1 working day = Monday 2026-12-07', () => {
    expect(iso(addWorkingDays(at('2026-12-06'), 1, sundaysOff))).toBe('2026-12-07');
  });
  it('with a shutdown 2027-02-04…2027-02-14, 2027-02-10 − 1 = 2027-02-03', () => {
    expect(iso(subtractWorkingDays(at('2027-02-10'), 1, springFestival))).toBe('2027-02-03');
  });
  it('skips the shutdown and Sundays both ways', () => {
    // Wed 3 Feb + 1: the shutdown runs to Sun 14 Feb → Mon 15 Feb.
    expect(iso(shiftDate(at('2027-02-03'), 1, 'working', springFestival))).toBe('2027-02-15');
    // Mon 15 Feb − 4: Wed 3, Tue 2, Mon 1, (Sun 31 Jan off) Sat 30 Jan.
    expect(iso(shiftDate(at('2027-02-15'), -4, 'working', springFestival))).toBe('2027-01-30');
    // Fri 27 Nov 2026 + 5: Sat 28, Mon 30, Tue 1, Wed 2, Thu 3 Dec.
    expect(iso(addWorkingDays(at('2026-11-27'), 5, sundaysOff))).toBe('2026-12-03');
    // Mon–Fri calendar: Fri 27 Nov + 2 = Tue 1 Dec.
    expect(iso(addWorkingDays(at('2026-11-27'), 2, factoryCalendar([0, 6], [])))).toBe('2026-12-01');
  });
  it('0 working days is the date itself; the first working day from a day off is the next one', () => {
    expect(iso(shiftDate(at('2026-11-29'), 0, 'working', sundaysOff))).toBe('2026-11-29');
    expect(iso(firstWorkingDayFrom(at('2026-11-29'), sundaysOff))).toBe('2026-11-30');
    expect(iso(firstWorkingDayFrom(at('2026-11-30'), sundaysOff))).toBe('2026-11-30');
  });
  it('calendar days ignore the calendar', () => {
    expect(iso(shiftDate(at('2027-02-02'), 3, 'calendar', springFestival))).toBe('2027-02-05');
    expect(iso(shiftDate(at('2027-02-10'), -10, 'calendar', springFestival))).toBe('2027-01-31');
  });
});

describe('working days between and run-rate windows', () => {
  it('counts both ends', () => {
    // 16–26 Nov 2026: 11 days, Sunday 22 off → 10
    expect(workingDaysBetween(at('2026-11-16'), at('2026-11-26'), sundaysOff)).toBe(10);
    expect(workingDaysBetween(at('2026-11-26'), at('2026-11-16'), sundaysOff)).toBe(0);
  });
  it('the window of 7 working days ending on a day', () => {
    // ending Thu 26 Nov: 26, 25, 24, 23, (22 off) 21, 20, 19
    expect(iso(workingWindowStart(at('2026-11-26'), 7, sundaysOff))).toBe('2026-11-19');
    // ending Sun 29 Nov (off): 28, 27, 26, 25, 24, 23, 21
    expect(iso(workingWindowStart(at('2026-11-29'), 7, sundaysOff))).toBe('2026-11-21');
  });
});

describe('make-up working days (调休)', () => {
  // Sunday 31 Jan 2027 declared a working day before the shutdown.
  const withMakeUp = factoryCalendar(
    [0],
    [{ name: 'Spring Festival', from: '2027-02-04', to: '2027-02-14' }],
    [{ name: 'Spring Festival make-up', date: '2027-01-31' }]
  );
  it('a declared Sunday is worked', () => {
    expect(isWorkingDay(at('2027-01-31'), withMakeUp)).toBe(true);
    expect(isWorkingDay(at('2027-01-24'), withMakeUp)).toBe(false);
    // Mon 1 Feb − 1 = Sun 31 Jan (worked); without the make-up day, Sat 30 Jan
    expect(iso(subtractWorkingDays(at('2027-02-01'), 1, withMakeUp))).toBe('2027-01-31');
    expect(iso(subtractWorkingDays(at('2027-02-01'), 1, springFestival))).toBe('2027-01-30');
    // Sat 30 Jan – Wed 3 Feb: 30, 31, 1, 2, 3 = 5 working days (4 without it)
    expect(workingDaysBetween(at('2027-01-30'), at('2027-02-03'), withMakeUp)).toBe(5);
  });
  it('checks make-up days an administrator enters', () => {
    const rules = checkMakeUpDays(
      [{ date: '2027-01-31' }, { date: '2027-01-31' }, { date: '2027-02-01' }, { date: '2027-02-30' }],
      [0],
      []
    ).map((v) => `${v.path.join('.')}:${v.rule}`);
    expect(rules).toEqual([
      'makeUpDays.1.date:make-up-duplicate',
      'makeUpDays.2.date:make-up-working-day',
      'makeUpDays.3.date:make-up-date',
    ]);
  });
});

describe('holidays an administrator enters', () => {
  it('are real dates in order, with a name', () => {
    expect(checkHolidays([{ name: 'National Day', from: '2026-10-01', to: '2026-10-07' }])).toEqual([]);
    const rules = checkHolidays([
      { name: '', from: '2026-10-01', to: '2026-10-07' },
      { name: 'Typo', from: '2026-10-07', to: '2026-10-01' },
      { name: 'Bad', from: '2026-13-01', to: '2026-10-01' },
    ]).map((v) => `${v.path.join('.')}:${v.rule}`);
    expect(rules).toEqual([
      'holidays.0.name:holiday-name',
      'holidays.1.to:holiday-range',
      'holidays.2.from:holiday-date',
    ]);
  });
});
