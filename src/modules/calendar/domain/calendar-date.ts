import { isMatch } from 'date-fns';

/**
 * A real calendar day written `YYYY-MM-DD`: `2026-02-28` is one, `2026-02-31`
 * and `2026-99-99` are not (they match the pattern but name no day). Every
 * date a request carries is checked with this one rule.
 */
export const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');

export const CALENDAR_DATE_MESSAGE = 'must be a calendar date (YYYY-MM-DD)';
