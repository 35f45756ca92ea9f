import { checkDailyOutput, entriesToWrite, neededPerDay, recentRate, type DailyOutputEntry } from './daily-output';

const entry = (over: Partial<DailyOutputEntry> = {}): DailyOutputEntry => ({
  line: 'L1',
  order: 'O1',
  operation: 'sewing',
  goodQty: 420,
  defectQty: 6,
  workers: 38,
  correctionReason: null,
  ...over,
});
const filed = [{ line: 'L1', order: 'O1', operation: 'sewing' as const, goodQty: 400, defectQty: 6, workers: 38 }];

describe('a day of output (生产日报) before it is written', () => {
  it('accepts a sheet of new figures', () => {
    expect(checkDailyOutput('2026-11-28', '2026-11-30', [entry(), entry({ operation: 'cutting' })], [])).toEqual([]);
  });

  it('refuses a day in the future', () => {
    expect(checkDailyOutput('2026-12-01', '2026-11-30', [entry()], []).map((v) => v.rule)).toEqual(['date-in-future']);
  });

  it('names every bad cell by its entry at once', () => {
    const found = checkDailyOutput(
      '2026-11-30',
      '2026-11-30',
      [entry({ goodQty: 2.5 }), entry({ operation: 'cutting', defectQty: -1, workers: 1.5 })],
      []
    );
    expect(found.map((v) => [v.path.join('.'), v.rule])).toEqual([
      ['entries.0.goodQty', 'pieces-whole'],
      ['entries.1.defectQty', 'pieces-whole'],
      ['entries.1.workers', 'workers-whole'],
    ]);
    expect(found.every((v) => v.messageZh.length > 0)).toBe(true);
  });

  it('refuses one line, order and operation entered twice', () => {
    const found = checkDailyOutput('2026-11-30', '2026-11-30', [entry(), entry({ goodQty: 10 })], []);
    expect(found.map((v) => [v.path.join('.'), v.rule])).toEqual([['entries.1.operation', 'duplicate-entry']]);
  });

  it('asks why a filed count changes, and only then', () => {
    expect(checkDailyOutput('2026-11-30', '2026-11-30', [entry()], filed).map((v) => v.rule)).toEqual([
      'correction-reason',
    ]);
    expect(checkDailyOutput('2026-11-30', '2026-11-30', [entry({ correctionReason: 'recount' })], filed)).toEqual([]);
    expect(checkDailyOutput('2026-11-30', '2026-11-30', [entry({ goodQty: 400 })], filed)).toEqual([]);
  });

  it('writes only what changes: untouched filed cells and empty new cells are left out', () => {
    const sheet = [
      entry({ goodQty: 400 }),
      entry({ operation: 'packing', goodQty: 0, defectQty: 0 }),
      entry({ operation: 'cutting' }),
    ];
    expect(entriesToWrite(sheet, filed).map((e) => e.operation)).toEqual(['cutting']);
  });
});

describe('the figures beside a row', () => {
  it('needs the rest over the days left, rounded up (2,400 over 7 days is 342.9 → 343)', () => {
    expect(neededPerDay(2400, 7)).toBe(343);
    expect(neededPerDay(2400, 0)).toBe(2400);
    expect(neededPerDay(0, 5)).toBeNull();
  });

  it('averages the days worked: 300 + 200 on one day and 450 on another is 475 a day', () => {
    expect(
      recentRate([
        { date: '2026-11-26', goodQty: 300 },
        { date: '2026-11-26', goodQty: 200 },
        { date: '2026-11-27', goodQty: 0 },
        { date: '2026-11-28', goodQty: 450 },
      ])
    ).toBe(475);
    expect(recentRate([])).toBeNull();
  });
});
