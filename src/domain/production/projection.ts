import { differenceInCalendarDays, isAfter, parseISO, startOfDay } from 'date-fns';
import { addWorkingDays, workingDaysBetween, workingWindowStart, type WorkCalendar } from './working-days';

export interface DailyOutput {
  date: string;
  goodQty: number;
}

export interface ProjectionInput {
  ordered: number;
  /** Output of the operation the projection follows (sewing), per report. */
  reports: readonly DailyOutput[];
  exFactoryDate: string;
  today: Date;
  calendar: WorkCalendar;
  /** Working days averaged for the run rate (default 7). */
  runRateDays: number;
  /** Working days of finishing and packing after the last sewn piece. */
  bufferDays: number;
}

export interface Projection {
  done: number;
  remaining: number;
  lineStart: string | null;
  /** Pieces per working day over the window; null before the first report. */
  runRate: number | null;
  projectedFinish: string | null;
  /** The projected finish plus the finishing/packing buffer: when the goods could leave. */
  projectedReady: string | null;
  atRisk: boolean;
  daysLate: number;
}

// Hand-formatted: date-fns' format parses its pattern on every call, and this runs per order and day.
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Will the order make its ex-factory date? Run rate = pieces per working day
 * over the last N working days of production (counted from the line start when
 * that is more recent); projected finish = today + remaining ÷ run rate in
 * working days; at risk when finish + buffer falls after the ex-factory date.
 */
export function projectFinish(input: ProjectionInput): Projection {
  const today = startOfDay(input.today);
  const exFactory = parseISO(input.exFactoryDate);
  // ISO days order as strings: no parsing per report (dashboards project thousands of orders at once).
  const reports = input.reports
    .filter((r) => r.goodQty > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const done = reports.reduce((sum, r) => sum + r.goodQty, 0);
  const remaining = Math.max(0, input.ordered - done);
  const lineStart = reports[0]?.date ?? null;
  const lastDay = reports.at(-1)?.date ?? null;

  let runRate: number | null = null;
  if (lineStart && lastDay) {
    const end = parseISO(lastDay);
    const windowStart = workingWindowStart(end, input.runRateDays, input.calendar);
    const from = isAfter(parseISO(lineStart), windowStart) ? parseISO(lineStart) : windowStart;
    const first = iso(from);
    const inWindow = reports.reduce((sum, r) => (r.date >= first ? sum + r.goodQty : sum), 0);
    const days = Math.max(1, workingDaysBetween(from, end, input.calendar));
    runRate = round1(inWindow / days);
  }

  let finish: Date | null = null;
  if (remaining === 0 && lastDay) finish = parseISO(lastDay);
  else if (runRate && runRate > 0) finish = addWorkingDays(today, Math.ceil(remaining / runRate), input.calendar);

  // Without a run rate nothing can be projected; the order is still at risk if even the buffer no longer fits.
  const ready = finish
    ? addWorkingDays(finish, input.bufferDays, input.calendar)
    : remaining > 0
      ? addWorkingDays(today, input.bufferDays, input.calendar)
      : null;
  const daysLate = ready ? Math.max(0, differenceInCalendarDays(ready, exFactory)) : 0;
  return {
    done,
    remaining,
    lineStart,
    runRate,
    projectedFinish: finish ? iso(finish) : null,
    projectedReady: finish && ready ? iso(ready) : null,
    atRisk: daysLate > 0,
    daysLate,
  };
}
