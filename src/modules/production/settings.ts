import type { Core } from '@strapi/strapi';
import { UID } from '../../platform/constants';
import type { OutputCap } from './domain/progress';
import {
  DEFAULT_CALENDAR,
  factoryCalendar,
  type Holiday,
  type MakeUpDay,
  type WorkCalendar,
} from '../calendar/domain/factory-calendar';

export interface ProductionSettings {
  runRateDays: number;
  bufferDays: number;
  /** Pieces allowed beyond the order's over-tolerance (cutting spares, re-makes). */
  cap: Pick<OutputCap, 'margin'>;
  calendar: WorkCalendar;
  /** Working days without output after which a started line counts as stalled. */
  stalledAfterDays: number;
}

interface Row {
  runRateDays?: number | null;
  finishingBufferDays?: number | null;
  overProductionMargin?: number | null;
  weeklyDaysOff?: unknown;
  holidays?: Holiday[] | null;
  makeUpDays?: MakeUpDay[] | null;
  stalledAfterDays?: number | null;
}

const daysOff = (value: unknown): number[] =>
  Array.isArray(value) && value.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) && value.length < 7
    ? (value as number[])
    : [...DEFAULT_CALENDAR.weeklyDaysOff];

/**
 * The production parameters administrators edit (Content Manager → Production
 * settings), with the defaults; the factory calendar is its weekly days off and
 * its holidays.
 */
export async function loadProductionSettings(strapi: Core.Strapi): Promise<ProductionSettings> {
  const row = ((await strapi.db
    .query(UID.productionSetting)
    .findOne({ populate: { holidays: true, makeUpDays: true } })) ?? {}) as Row;
  return {
    runRateDays: row.runRateDays ?? 7,
    bufferDays: row.finishingBufferDays ?? 2,
    cap: { margin: row.overProductionMargin ?? 10 },
    calendar: factoryCalendar(daysOff(row.weeklyDaysOff), row.holidays ?? [], row.makeUpDays ?? []),
    stalledAfterDays: row.stalledAfterDays ?? 3,
  };
}

export async function ensureProductionSettings(strapi: Core.Strapi): Promise<void> {
  if (await strapi.db.query(UID.productionSetting).findOne({})) return;
  await strapi.documents(UID.productionSetting).create({ data: { weeklyDaysOff: [0] } as never });
}
