import { followUpReason, sampleIsCharged, sampleMoveFailures, type SampleFacts } from './sample-flow';

const ready: SampleFacts = {
  photos: 2,
  retainedLocation: 'Sample room B, shelf 4',
  courier: 'DHL',
  trackingNumber: '1234567890',
  freightTerms: 'prepaid',
  charged: false,
  chargeAmount: null,
  feePolicy: 'charged-for-new',
  newCustomer: false,
  feedbackComments: null,
};
const rules = (from: string, to: string, sample: Partial<SampleFacts> = {}) =>
  sampleMoveFailures(from as 'sent', to as 'sent', { ...ready, ...sample }).map((f) => f.rule);

describe('sample flow', () => {
  it('moves one step at a time, then to a decision', () => {
    expect(rules('requested', 'materials-ready')).toEqual([]);
    expect(rules('requested', 'sent')).toEqual(['illegal-transition']);
    expect(rules('received', 'approved')).toEqual([]);
    expect(rules('approved', 'received')).toEqual(['illegal-transition']);
  });

  it('needs the photo before it is photographed and sent', () => {
    expect(rules('checked', 'photographed', { photos: 0 })).toEqual(['photo-required']);
  });

  it('needs the retained sample, courier, freight terms and the fee decision before it is sent', () => {
    expect(rules('photographed', 'sent')).toEqual([]);
    expect(
      rules('photographed', 'sent', {
        photos: 0,
        retainedLocation: ' ',
        courier: null,
        freightTerms: null,
        newCustomer: true,
      })
    ).toEqual(['photo-required', 'retained-sample', 'courier-details', 'freight-terms', 'sample-fee']);
    expect(rules('photographed', 'sent', { newCustomer: true, charged: true, chargeAmount: 35 })).toEqual([]);
    expect(rules('photographed', 'sent', { feePolicy: 'free', charged: true, chargeAmount: 35 })).toEqual([
      'sample-fee',
    ]);
  });

  it('follows the customer fee policy', () => {
    expect(sampleIsCharged('charged', false)).toBe(true);
    expect(sampleIsCharged('charged-for-new', true)).toBe(true);
    expect(sampleIsCharged('charged-for-new', false)).toBe(false);
    expect(sampleIsCharged('free', true)).toBe(false);
  });

  it('asks for comments on a rejection or a comment round', () => {
    expect(rules('received', 'rejected')).toEqual(['feedback-comments']);
    expect(rules('received', 'commented', { feedbackComments: 'shorten sleeves 1 cm' })).toEqual([]);
  });
});

describe('followUpReason', () => {
  const today = new Date(2026, 10, 27);
  it('confirms receipt, asks for the evaluation, chases what is due', () => {
    expect(followUpReason({ status: 'sent', sentAt: '2026-11-18', receivedAt: null, dueAt: null }, today, 7)).toEqual({
      reason: 'no-receipt-confirmation',
      days: 9,
    });
    expect(
      followUpReason({ status: 'sent', sentAt: '2026-11-25', receivedAt: null, dueAt: null }, today, 7)
    ).toBeNull();
    expect(
      followUpReason({ status: 'received', sentAt: null, receivedAt: '2026-11-10', dueAt: null }, today, 7)
    ).toEqual({ reason: 'no-feedback', days: 17 });
    expect(
      followUpReason({ status: 'in-making', sentAt: null, receivedAt: null, dueAt: '2026-12-01' }, today, 7)
    ).toEqual({ reason: 'due-soon', days: 4 });
    expect(
      followUpReason({ status: 'checked', sentAt: null, receivedAt: null, dueAt: '2026-11-25' }, today, 7)
    ).toEqual({ reason: 'overdue', days: 2 });
    expect(
      followUpReason({ status: 'approved', sentAt: '2026-10-01', receivedAt: '2026-10-03', dueAt: null }, today, 7)
    ).toBeNull();
  });
});
