import { dueItemId, dueItems, type ChaseFacts } from './due';
import { none, order, params, today } from './test-fixtures';

const bookings: ChaseFacts['bookings'] = [
  { documentId: 'b-passed', order, cutoffDate: '2026-11-25', lateEntryDate: null },
  { documentId: 'b-sunday', order, cutoffDate: '2026-11-29', lateEntryDate: null },
  { documentId: 'b-thursday', order, cutoffDate: '2026-12-03', lateEntryDate: null },
  { documentId: 'b-late-entry', order, cutoffDate: '2026-11-26', lateEntryDate: '2026-11-28' },
];

describe('dueItems: what is due, in the reminder settings windows', () => {
  it('warehouse cut-offs: within cutoffWarningDays ahead, and passed ones while the order is still here', () => {
    const items = dueItems({ ...none, bookings }, params, today);
    // 25 Nov passed two days ago; 28 Nov (late entry replaces the 26th) is tomorrow; 29 Nov in two days;
    // 3 Dec is six days out, beyond the two-day window.
    expect(items.map((i) => [i.key, i.urgency, i.days, i.dueDate])).toEqual([
      ['b-passed', 'overdue', 2, '2026-11-25'],
      ['b-late-entry', 'soon', 1, '2026-11-28'],
      ['b-sunday', 'soon', 2, '2026-11-29'],
    ]);
    expect(items[0].title).toBe('PO-1: warehouse cut-off 2026-11-25 — passed');
    expect(items[1].titleZh).toBe('PO-1：进仓截止 2026-11-28（晚进仓）');
  });

  it('a wider cut-off window brings the later cut-off in, on every screen that asks', () => {
    const wide = dueItems({ ...none, bookings }, { ...params, cutoffWarningDays: 7 }, today);
    expect(wide.map((i) => i.key)).toContain('b-thursday');
    expect(wide.find((i) => i.key === 'b-thursday')).toMatchObject({ urgency: 'soon', days: 6 });
  });

  it('completion reports: due three days after shipment, listed from the day before', () => {
    const items = dueItems(
      {
        ...none,
        shippedWithoutReport: [
          { order, shippedAt: '2026-11-22' }, // due 25 Nov: 2 days overdue
          { order: { ...order, documentId: 'o2' }, shippedAt: '2026-11-25' }, // due 28 Nov: tomorrow
          { order: { ...order, documentId: 'o3' }, shippedAt: '2026-11-26' }, // due 29 Nov: not yet
        ],
      },
      params,
      today
    );
    expect(items.map((i) => [i.key, i.urgency, i.days])).toEqual([
      ['o1', 'overdue', 2],
      ['o2', 'soon', 1],
    ]);
  });

  it('samples: receipt unconfirmed after sampleFollowUpDays, from the day it was sent', () => {
    const sample = {
      documentId: 's1',
      order: null,
      customer: 'BRO',
      type: 'fit',
      round: 1,
      status: 'sent' as const,
      sentAt: '2026-11-20',
      receivedAt: null,
      dueAt: null,
    };
    // Sent 20 Nov: seven days today.
    expect(dueItems({ ...none, samples: [sample] }, params, today)).toEqual([
      expect.objectContaining({ type: 'sample-receipt', urgency: 'overdue', days: 7, dueDate: '2026-11-20' }),
    ]);
    expect(dueItems({ ...none, samples: [sample] }, { ...params, sampleFollowUpDays: 8 }, today)).toEqual([]);
  });

  it('an item keeps one id across runs and screens: type, record, date', () => {
    const [item] = dueItems({ ...none, bookings: [bookings[1]] }, params, today);
    expect(dueItemId(item)).toBe('warehouse-cutoff:b-sunday:2026-11-29');
  });
});
