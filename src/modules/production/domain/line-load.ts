export interface LineOrderWork {
  /** Pieces of the order still to sew. */
  remaining: number;
  /** Working days left to sew them (until ex-factory less the finishing buffer), at least 1. */
  workingDaysLeft: number;
  /** This line's share of the order's recent output (0–1). */
  share: number;
}

export interface LineLoad {
  plannedPerDay: number;
  dailyCapacity: number;
  /** Planned ÷ capacity, as a percentage; over 100 means the line cannot make it. */
  loadPct: number | null;
}

/** Pieces a line must sew per day to keep its orders' dates, against what it can sew. */
export function lineLoad(dailyCapacity: number, work: readonly LineOrderWork[]): LineLoad {
  const plannedPerDay = Math.round(
    work.reduce((sum, order) => sum + (order.remaining * order.share) / Math.max(1, order.workingDaysLeft), 0)
  );
  return {
    plannedPerDay,
    dailyCapacity,
    loadPct: dailyCapacity > 0 ? Math.round((plannedPerDay / dailyCapacity) * 100) : null,
  };
}
