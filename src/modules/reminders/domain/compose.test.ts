import { composeReminders, type ChaseFacts } from './compose';
import { none, order, params, today } from './test-fixtures';

const orphan = { documentId: 'o2', poNumber: 'PO-2', merchandiserId: null };
const run = (facts: Partial<ChaseFacts>) => composeReminders({ ...none, ...facts }, params, today);
const milestone = (
  status: 'due' | 'overdue' | 'upcoming' | 'done',
  projectedDate: string,
  department: string | null
) => ({
  documentId: `m-${status}`,
  order,
  key: 'pp-sample',
  name: 'PP sample approved',
  nameZh: '产前样确认',
  department,
  status,
  plannedDate: status === 'overdue' ? '2026-11-25' : projectedDate,
  projectedDate,
});

describe('composeReminders', () => {
  it('chases milestones due within the window and overdue ones, for the merchandiser and the owning department', () => {
    const reminders = run({
      milestones: [
        milestone('due', '2026-11-30', 'technical'),
        milestone('overdue', '2026-11-27', null),
        milestone('upcoming', '2026-12-20', null),
        milestone('done', '2026-11-20', null),
      ],
    });
    expect(reminders.map((r) => [r.type, r.recipient])).toEqual([
      ['milestone-overdue', { kind: 'user', id: 7 }],
      ['milestone-due', { kind: 'department', key: 'technical' }],
      ['milestone-due', { kind: 'user', id: 7 }],
    ]);
    expect(reminders[0]).toMatchObject({
      key: 'milestone-overdue:m-overdue:2026-11-25:u7',
      title: 'PO-1 · PP sample approved is overdue (planned 2026-11-25)',
      titleZh: 'PO-1 · 产前样确认已逾期（计划 2026-11-25）',
      link: '/admin/content-manager/collection-types/api::order.order/o1',
    });
  });

  it('gives the same keys on a second run, so a re-run notifies nothing twice', () => {
    const facts = { milestones: [milestone('due', '2026-11-29', null)] };
    expect(run(facts).map((r) => r.key)).toEqual(run(facts).map((r) => r.key));
  });

  it('sends what has no merchandiser to the trade department', () => {
    const reminders = run({
      lateOrders: [{ order: orphan, plannedExFactory: '2026-12-10', projectedExFactory: '2026-12-14' }],
    });
    expect(reminders).toEqual([
      expect.objectContaining({
        type: 'ex-factory-at-risk',
        recipient: { kind: 'department', key: 'trade' },
        title: 'PO-2: ex-factory projected 2026-12-14, planned 2026-12-10',
      }),
    ]);
  });

  it('chases purchase lines by due date minus the lead, overdue ones, and 24 h before the supplier ships', () => {
    const line = { order, poNumber: 'PUR-9', material: 'F-01', quantity: 100, received: 40, shipDate: null };
    const reminders = run({
      purchaseLines: [
        { ...line, documentId: 'l-late', dueDate: '2026-11-24' },
        { ...line, documentId: 'l-soon', dueDate: '2026-11-30' },
        { ...line, documentId: 'l-far', dueDate: '2026-12-20', shipDate: '2026-11-28' },
        { ...line, documentId: 'l-done', dueDate: '2026-11-24', received: 100 },
      ],
    });
    expect(reminders.map((r) => `${r.type}:${r.key.split(':')[1]}`)).toEqual([
      'purchase-overdue:l-late',
      'supplier-ships:l-far',
      'purchase-due:l-soon',
    ]);
    expect(reminders[0].title).toBe('PO-1 · PUR-9 F-01: 60 outstanding, 3 day(s) late (due 2026-11-24)');
  });

  it('warns of fabric inspections a day before the SLA ends, and keeps warning once it has passed', () => {
    const receipt = { order, material: 'F-01' };
    const reminders = run({
      receiptsAwaitingInspection: [
        { ...receipt, documentId: 'r-new', receivedAt: '2026-11-27' },
        { ...receipt, documentId: 'r-edge', receivedAt: '2026-11-25' },
        { ...receipt, documentId: 'r-late', receivedAt: '2026-11-20' },
      ],
    });
    expect(reminders.filter((r) => r.recipient.kind === 'department').map((r) => [r.key, r.recipient])).toEqual([
      ['inspection-due:r-late:2026-11-23:d:qc', { kind: 'department', key: 'qc' }],
      ['inspection-due:r-edge:2026-11-28:d:qc', { kind: 'department', key: 'qc' }],
    ]);
  });

  it('chases completion reports due tomorrow or late, sample receipt and feedback, and cut-offs in the window', () => {
    const reminders = run({
      shippedWithoutReport: [
        { order, shippedAt: '2026-11-25' },
        { order: orphan, shippedAt: '2026-11-27' },
      ],
      samples: [
        {
          documentId: 's1',
          order: null,
          customer: 'BRO',
          type: 'fit',
          round: 2,
          status: 'sent',
          sentAt: '2026-11-18',
          receivedAt: null,
          dueAt: null,
        },
        {
          documentId: 's2',
          order,
          customer: 'BRO',
          type: 'pp',
          round: 1,
          status: 'received',
          sentAt: '2026-11-10',
          receivedAt: '2026-11-19',
          dueAt: null,
        },
      ],
      bookings: [
        { documentId: 'b1', order, cutoffDate: '2026-11-29', lateEntryDate: null },
        { documentId: 'b2', order, cutoffDate: '2026-12-10', lateEntryDate: null },
      ],
    });
    expect(reminders.map((r) => r.type)).toEqual([
      'sample-receipt',
      'sample-feedback',
      'completion-report-due',
      'warehouse-cutoff',
      'warehouse-cutoff',
    ]);
    expect(reminders[0]).toMatchObject({
      recipient: { kind: 'department', key: 'trade' },
      titleZh: 'BRO fit #2（2026-11-18 寄出）：请确认客户已收到',
    });
    expect(reminders.slice(3).map((r) => r.recipient)).toEqual([
      { kind: 'department', key: 'shipping' },
      { kind: 'user', id: 7 },
    ]);
  });
});
