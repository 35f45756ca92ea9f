import { yup } from '@strapi/utils';
import { CALENDAR_DATE_MESSAGE, isCalendarDate } from '../../modules/calendar/domain/calendar-date';

/**
 * The one date a request may carry: `YYYY-MM-DD` naming a real day — so
 * `2026-02-31` or `2026-99-99` is a 400 naming the parameter, never a 500
 * from the date library further down.
 */
export const calendarDate = () =>
  yup
    .string()
    .test(
      'calendar-date',
      `\${path} ${CALENDAR_DATE_MESSAGE}`,
      (value) => value === undefined || isCalendarDate(value)
    );
