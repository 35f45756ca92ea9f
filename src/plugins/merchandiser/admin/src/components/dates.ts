import { format, parseISO } from 'date-fns';

/**
 * The day a timestamp falls on where the user is: a stage entered at 07:00 in
 * Shanghai is 23:00 UTC the day before, and the merchandiser means her day.
 * Calendar dates (ex-factory, due dates) are days already and shown as they are.
 */
export const localDay = (timestamp: string) => format(parseISO(timestamp), 'yyyy-MM-dd');
