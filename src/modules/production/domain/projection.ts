import { calendarDaysBetween, isoDay as iso, midnight, parseDay } from '../../calendar/domain/calendar-date';
import {
  addWorkingDays,
  firstWorkingDayFrom,
  isWorkingDay,
  shiftDays,
  workingDaysBetween,
  workingWindowStart,
  type WorkCalendar,
} from '../../calendar/domain/factory-calendar';

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
  /** Working days without output after which a started line is stalled (default 3). */
  stalledAfterDays?: number;
  /** Before the first report: the planned rate as pieces over working days (see `plannedSewingRate`). */
  plannedRate?: { pieces: number; days: number } | null;
  /** Before the first report: the planned first sewing day. */
  plannedStart?: string | null;
}

/** Why an order is at risk: its line stopped, it runs too slowly, or its plan cannot make it before it starts. */
export type RiskCause = 'stalled' | 'too-slow' | 'not-started';

export interface Projection {
  done: number;
  remaining: number;
  lineStart: string | null;
  /** Pieces per worked day over the window (to 0.1, for display); null before the first report. */
  runRate: number | null;
  /** Where the rate used came from: the reports, the plan, or none. */
  rateSource: 'actual' | 'planned' | null;
  /** Working days since the last output (0 when there was output on the window's last day). */
  idleDays: number;
  projectedFinish: string | null;
  /** The projected finish plus the finishing/packing buffer: when the goods could leave. */
  projectedReady: string | null;
  atRisk: boolean;
  cause: RiskCause | null;
  daysLate: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Will the order make its ex-factory date?
 * - Run rate = pieces ÷ worked days over the last N worked days ending today
 *   (or yesterday, while today has no report yet), from the line start when
 *   that is more recent; a day with output counts as worked even when it is a
 *   day off (overtime). A line without output for `stalledAfterDays` working
 *   days is at risk as `stalled`.
 * - Days left count from today when today is a working day without a report,
 *   else from the first working day after today.
 * - Before the first report, the planned rate from the planned start.
 * - At risk when finish + buffer falls after the ex-factory date.
 */
export function projectFinish(input: ProjectionInput): Projection {
  const today = midnight(input.today);
  const todayIso = iso(today);
  const exFactory = parseDay(input.exFactoryDate);
  // ISO days order as strings: no parsing per report (dashboards project thousands of orders at once).
  const reports = input.reports
    .filter((r) => r.goodQty > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const done = reports.reduce((sum, r) => sum + r.goodQty, 0);
  const remaining = Math.max(0, input.ordered - done);
  const lineStart = reports[0]?.date ?? null;
  const lastDay = reports.at(-1)?.date ?? null;
  const reportedToday = reports.some((r) => r.date === todayIso);

  // Overtime: a day off with output was worked.
  const outputDays = new Set(reports.map((r) => r.date));
  const worked: WorkCalendar = {
    ...input.calendar,
    isMakeUpDay: (day) => !!input.calendar.isMakeUpDay?.(day) || outputDays.has(iso(day)),
  };
  const windowEnd = reportedToday ? today : shiftDays(today, -1);

  // The rate as a fraction (pieces over days), so that 1200 over 7 days needs exactly 7 days for 1200.
  let rate: { pieces: number; days: number } | null = null;
  let rateSource: Projection['rateSource'] = null;
  let idleDays = 0;
  if (lineStart && lastDay) {
    const windowStart = workingWindowStart(windowEnd, input.runRateDays, worked);
    const from = parseDay(lineStart) > windowStart ? parseDay(lineStart) : windowStart;
    const first = iso(from);
    const last = iso(windowEnd);
    const pieces = reports.reduce((sum, r) => (r.date >= first && r.date <= last ? sum + r.goodQty : sum), 0);
    rate = { pieces, days: Math.max(1, workingDaysBetween(from, windowEnd, worked)) };
    rateSource = 'actual';
    idleDays = lastDay >= last ? 0 : workingDaysBetween(shiftDays(parseDay(lastDay), 1), windowEnd, input.calendar);
  } else if (input.plannedRate && input.plannedRate.pieces > 0 && input.plannedRate.days > 0) {
    rate = input.plannedRate;
    rateSource = 'planned';
  }
  const stalled = !!lineStart && remaining > 0 && idleDays >= (input.stalledAfterDays ?? 3);

  // The first day of the work left: today if it can still be worked, else the next working day.
  let firstDay =
    isWorkingDay(today, input.calendar) && !reportedToday ? today : addWorkingDays(today, 1, input.calendar);
  if (!lineStart && input.plannedStart) {
    const planned = firstWorkingDayFrom(parseDay(input.plannedStart), input.calendar);
    if (planned > firstDay) firstDay = planned;
  }

  let finish: Date | null = null;
  if (remaining === 0 && lastDay) finish = parseDay(lastDay);
  else if (rate && rate.pieces > 0) {
    const daysNeeded = Math.ceil((remaining * rate.days) / rate.pieces);
    finish = addWorkingDays(firstDay, daysNeeded - 1, input.calendar);
  }

  // Without a rate nothing can be projected; the order is still at risk if even the buffer no longer fits.
  const ready = finish
    ? addWorkingDays(finish, input.bufferDays, input.calendar)
    : remaining > 0
      ? addWorkingDays(today, input.bufferDays, input.calendar)
      : null;
  const daysLate = ready ? Math.max(0, calendarDaysBetween(ready, exFactory)) : 0;
  const atRisk = daysLate > 0 || stalled;
  return {
    done,
    remaining,
    lineStart,
    runRate: rateSource === 'actual' && rate ? round1(rate.pieces / rate.days) : null,
    rateSource,
    idleDays,
    projectedFinish: finish ? iso(finish) : null,
    projectedReady: finish && ready ? iso(ready) : null,
    atRisk,
    cause: !atRisk ? null : stalled ? 'stalled' : lineStart ? 'too-slow' : 'not-started',
    daysLate,
  };
}

/**
 * The planned rate of an order that has not started: its pieces over the
 * working days of the T&A sewing window (sewing start to sewing end, both
 * included); null without a usable window.
 */
export function plannedSewingRate(
  ordered: number,
  window: { start: string | null; end: string | null },
  calendar: WorkCalendar
): { pieces: number; days: number } | null {
  if (!window.start || !window.end || ordered <= 0) return null;
  const days = workingDaysBetween(parseDay(window.start), parseDay(window.end), calendar);
  return days > 0 ? { pieces: ordered, days } : null;
}
