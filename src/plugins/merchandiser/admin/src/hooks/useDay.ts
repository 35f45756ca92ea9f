import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { parseDay } from '../../../../../modules/calendar/domain/calendar-date';

/**
 * A calendar day (yyyy-MM-dd) or a timestamp as the user reads dates in her
 * language — "Nov 30" / "11月30日", with the year when it is not this year. A
 * timestamp falls on the user's own day (the factory's, where she sits).
 */
export function useDay() {
  const { formatDate } = useIntl();
  return useCallback(
    (value: string | null | undefined, empty = '—') => {
      if (!value) return empty;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      const thisYear = date.getFullYear() === new Date().getFullYear();
      return formatDate(date, { day: 'numeric', month: 'short', ...(thisYear ? {} : { year: 'numeric' }) });
    },
    [formatDate]
  );
}
