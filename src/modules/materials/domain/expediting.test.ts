import { checkExpeditingNote, expeditingFlags } from './expediting';

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

describe('checkExpeditingNote', () => {
  const today = new Date(2026, 10, 30);
  const note = {
    date: '2026-11-30',
    contact: 'Wang Lei',
    note: 'Dyeing done, ships Thursday',
    promisedDate: '2026-12-03',
  };

  it('takes a chase logged today with a promise to come, or without one', () => {
    expect(checkExpeditingNote(note, today)).toEqual([]);
    expect(checkExpeditingNote({ ...note, promisedDate: null, date: '2026-11-28' }, today)).toEqual([]);
    // Promised for the day of the call: shipping today is a promise still to come.
    expect(checkExpeditingNote({ ...note, promisedDate: '2026-11-30' }, today)).toEqual([]);
  });

  it('refuses an empty note, a chase dated tomorrow and a promise before the call', () => {
    const rules = (input: typeof note) => checkExpeditingNote(input, today).map((v) => v.rule);
    expect(rules({ ...note, note: '  ' })).toEqual(['note-required']);
    expect(rules({ ...note, date: '2026-12-01', promisedDate: '2026-12-05' })).toEqual(['chase-in-future']);
    expect(rules({ ...note, promisedDate: '2026-11-29' })).toEqual(['promised-before-chase']);
  });
});
