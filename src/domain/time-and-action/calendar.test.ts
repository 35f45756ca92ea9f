import { format, parseISO } from 'date-fns';
import { checkHolidays, factoryCalendar, shiftDate, subtractWorkingDays } from './calendar';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
// Sundays off; the 2027 Spring Festival shutdown (Chinese New Year is 6 February 2027).
const calendar = factoryCalendar([0], [{ name: 'Spring Festival', from: '2027-02-03', to: '2027-02-14' }]);

describe('factory calendar', () => {
  it('skips Sundays and the Spring Festival shutdown, both ways', () => {
    // Tue 2 Feb + 1 working day: the shutdown runs to Sun 14 Feb → Mon 15 Feb.
    expect(iso(shiftDate(parseISO('2027-02-02'), 1, 'working', calendar))).toBe('2027-02-15');
    // Mon 15 Feb − 1 working day → Tue 2 Feb; − 3 → Sat 30 Jan (Sunday 31 Jan skipped; Saturdays are worked).
    expect(iso(shiftDate(parseISO('2027-02-15'), -1, 'working', calendar))).toBe('2027-02-02');
    expect(iso(shiftDate(parseISO('2027-02-15'), -3, 'working', calendar))).toBe('2027-01-30');
  });

  it('calendar days ignore the calendar', () => {
    expect(iso(shiftDate(parseISO('2027-02-02'), 3, 'calendar', calendar))).toBe('2027-02-05');
    expect(iso(shiftDate(parseISO('2027-02-10'), -10, 'calendar', calendar))).toBe('2027-01-31');
  });

  it('zero working days before a day off is the working day before it', () => {
    expect(iso(subtractWorkingDays(parseISO('2027-02-07'), 0, calendar))).toBe('2027-02-02');
  });

  it('checks holidays an administrator enters', () => {
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
