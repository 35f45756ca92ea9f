import { expeditingFlags } from './expediting';

const today = new Date(2026, 10, 27);
const line = { dueDate: '2026-12-10', shipDate: null, quantity: 1000, received: 0 };

describe('expeditingFlags', () => {
  it('flags overdue lines with the days late', () => {
    expect(expeditingFlags({ ...line, dueDate: '2026-11-20' }, today, 7)).toEqual({ flags: ['overdue'], daysLate: 7 });
  });
  it('flags lines due within N days, today included', () => {
    expect(expeditingFlags({ ...line, dueDate: '2026-11-27' }, today, 7).flags).toEqual(['due-soon']);
    expect(expeditingFlags({ ...line, dueDate: '2026-12-04' }, today, 7).flags).toEqual(['due-soon']);
    expect(expeditingFlags({ ...line, dueDate: '2026-12-05' }, today, 7).flags).toEqual([]);
  });
  it('flags a supplier shipping today or tomorrow (follow up 24 h before)', () => {
    expect(expeditingFlags({ ...line, shipDate: '2026-11-28' }, today, 7).flags).toEqual(['ships-within-24h']);
    expect(expeditingFlags({ ...line, shipDate: '2026-11-29' }, today, 7).flags).toEqual([]);
  });
  it('leaves fully received lines alone', () => {
    expect(expeditingFlags({ ...line, dueDate: '2026-11-01', received: 1000 }, today, 7).flags).toEqual([]);
  });
});
