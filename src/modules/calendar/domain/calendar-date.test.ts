import { calendarDaysBetween, isCalendarDate, isoDay, midnight, parseDay } from './calendar-date';

describe('a calendar date', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  // 2026 and 1900 are not leap years (1900: divisible by 100, not by 400).
  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-02-31',
    '2026-04-31',
    '2026-99-99',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
    null,
  ])('refuses %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('reads a day as its local midnight and writes it back', () => {
    const day = parseDay('2024-02-29');
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getHours()]).toEqual([2024, 1, 29, 0]);
    expect(isoDay(day)).toBe('2024-02-29');
    expect(isoDay(parseDay('2026-01-05'))).toBe('2026-01-05');
  });

  it('gives no day for a date the calendar does not have', () => {
    expect(Number.isNaN(parseDay('2026-02-29').getTime())).toBe(true);
    expect(Number.isNaN(parseDay('2026-13-01').getTime())).toBe(true);
  });

  // Worked by hand: 2024 is a leap year (28 Feb → 1 Mar is 2 days), 2026 is not (1 day); a year is 365 days.
  it.each([
    ['2024-03-01', '2024-02-28', 2],
    ['2026-03-01', '2026-02-28', 1],
    ['2026-01-01', '2025-12-31', 1],
    ['2027-01-01', '2026-01-01', 365],
    ['2026-11-23', '2026-11-30', -7],
  ])('from %s back to %s is %i days', (later, earlier, days) => {
    expect(calendarDaysBetween(parseDay(later), parseDay(earlier))).toBe(days);
  });

  it('counts calendar days whatever the time of day', () => {
    expect(calendarDaysBetween(new Date(2026, 10, 30, 0, 5), new Date(2026, 10, 29, 23, 55))).toBe(1);
    expect(isoDay(midnight(new Date(2026, 10, 30, 23, 59)))).toBe('2026-11-30');
    expect(midnight(new Date(2026, 10, 30, 23, 59)).getHours()).toBe(0);
  });
});
