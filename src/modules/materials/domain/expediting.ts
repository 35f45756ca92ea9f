import { calendarDaysBetween, parseDay } from '../../calendar/domain/calendar-date';
import { shiftDays } from '../../calendar/domain/factory-calendar';
import { violation, type Violation } from '../../../platform/domain/violation';

export type ExpeditingFlag = 'overdue' | 'due-soon' | 'ships-within-24h';

export interface ExpeditingLine {
  dueDate: string;
  /** The latest word of the supplier: line ship date, else PO ship date, else last promised date. */
  shipDate: string | null;
  quantity: number;
  received: number;
}

const day = (value: string | null) => {
  if (!value) return null;
  const date = parseDay(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Why a purchase line needs chasing today (第2篇: chase ahead of the due date;
 * follow up 24 h before the supplier ships): overdue, due within `days`, or
 * shipping today or tomorrow. A fully received line needs nothing.
 */
export function expeditingFlags(
  line: ExpeditingLine,
  today: Date,
  days: number
): { flags: ExpeditingFlag[]; daysLate: number } {
  if (line.received + 1e-9 >= line.quantity) return { flags: [], daysLate: 0 };
  const due = day(line.dueDate);
  const flags: ExpeditingFlag[] = [];
  const late = due ? calendarDaysBetween(today, due) : 0;
  if (due && late > 0) flags.push('overdue');
  else if (due && calendarDaysBetween(shiftDays(today, days), due) >= 0) flags.push('due-soon');
  const ships = day(line.shipDate);
  if (ships) {
    const inDays = calendarDaysBetween(ships, today);
    if (inDays >= 0 && inDays <= 1) flags.push('ships-within-24h');
  }
  return { flags, daysLate: Math.max(0, late) };
}

/** One chase of the supplier as the merchandiser logs it (催单记录). */
export interface ExpeditingNoteInput {
  date: string;
  contact: string | null;
  note: string;
  promisedDate: string | null;
}

/**
 * A chase is logged on the day it happened, not in the future, and a supplier
 * promises a day still to come: a promised date before the call is a typo.
 */
export function checkExpeditingNote(note: ExpeditingNoteInput, today: Date): Violation[] {
  const found: Violation[] = [];
  const called = day(note.date);
  if (!note.note.trim())
    found.push(violation(['note'], 'note-required', 'say what the supplier said', '请填写催单内容'));
  if (called && calendarDaysBetween(called, today) > 0)
    found.push(
      violation(
        ['date'],
        'chase-in-future',
        `the chase is dated ${note.date}, after today`,
        `催单日期 ${note.date} 晚于今天`
      )
    );
  const promised = day(note.promisedDate);
  if (called && promised && calendarDaysBetween(promised, called) < 0)
    found.push(
      violation(
        ['promisedDate'],
        'promised-before-chase',
        `the promised date ${String(note.promisedDate)} is before the chase on ${note.date}`,
        `承诺日期 ${String(note.promisedDate)} 早于催单日期 ${note.date}`
      )
    );
  return found;
}
