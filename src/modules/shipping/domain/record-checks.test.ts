import { completionOf } from './completion';
import { checkAql, checkBooking, checkFinalInspection, checkOnePerOrder, checkToleranceMarkets } from './record-checks';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);

describe('one per order', () => {
  it('names the record the order already has, in both languages', () => {
    expect(checkOnePerOrder({ hasOrder: true, others: 0, label: 'a booking (托书)', labelZh: '托书' })).toEqual([]);
    expect(checkOnePerOrder({ hasOrder: true, others: 1, label: 'a completion report', labelZh: '完单报告' })).toEqual([
      {
        path: ['order'],
        rule: 'unique',
        message: 'the order already has a completion report',
        messageZh: '该订单已有完单报告',
      },
    ]);
    expect(rules(checkOnePerOrder({ hasOrder: false, others: 0, label: '', labelZh: '' }))).toEqual(['order-required']);
  });
});

describe('tolerance rule markets', () => {
  it('are ISO 3166-1 alpha-2 codes, or none for any market', () => {
    expect(checkToleranceMarkets(['US', 'JP', 'CA'])).toEqual([]);
    expect(checkToleranceMarkets([])).toEqual([]);
    expect(rules(checkToleranceMarkets(['NOT A COUNTRY']))).toEqual(['markets-iso-3166']);
    expect(rules(checkToleranceMarkets(['UK']))).toEqual(['markets-iso-3166']); // the United Kingdom is GB
    expect(rules(checkToleranceMarkets('US'))).toEqual(['markets-iso-3166']);
  });
});

describe('bookings', () => {
  const booking = {
    bookedAt: '2026-11-20',
    cutoffDate: '2026-11-27',
    lateEntryRequested: false,
    lateEntryReason: null,
    lateEntryApprovedBy: null,
  };

  it('cut off after the booking; a late entry is asked for with a reason before it is approved', () => {
    expect(checkBooking(booking)).toEqual([]);
    expect(rules(checkBooking({ ...booking, cutoffDate: '2026-11-19' }))).toEqual(['cutoff-after-booking']);
    expect(rules(checkBooking({ ...booking, lateEntryRequested: true }))).toEqual(['late-entry-reason']);
    expect(rules(checkBooking({ ...booking, lateEntryApprovedBy: 'Forwarder ops' }))).toEqual([
      'late-entry-not-requested',
    ]);
    expect(
      checkBooking({ ...booking, lateEntryRequested: true, lateEntryReason: 'wash delay', lateEntryApprovedBy: 'Ops' })
    ).toEqual([]);
  });
});

describe('final inspection inputs', () => {
  it('takes AQLs from the columns of ISO 2859-1 Table II; critical may be 0', () => {
    for (const aql of [0.065, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5]) expect(checkAql('aqlMajor', aql, false)).toEqual([]);
    expect(rules(checkAql('aqlMajor', 3.0, false))).toEqual(['aql-unknown']);
    expect(rules(checkAql('aqlMajor', 0, false))).toEqual(['aql-unknown']);
    expect(checkAql('aqlCritical', 0, true)).toEqual([]);
  });

  const inspection = {
    lotSize: 3000,
    reinspectionOf: null,
    dueSeverity: 'normal',
    severity: 'normal',
    severityOverrideReason: null,
  };

  it('a lot of at least 2 pieces; re-inspects only a failed lot of the same order', () => {
    expect(checkFinalInspection(inspection)).toEqual([]);
    expect(rules(checkFinalInspection({ ...inspection, lotSize: 1 }))).toEqual(['lot-size']);
    expect(checkFinalInspection({ ...inspection, reinspectionOf: { sameOrder: true, result: 'fail' } })).toEqual([]);
    expect(rules(checkFinalInspection({ ...inspection, reinspectionOf: { sameOrder: true, result: 'pass' } }))).toEqual(
      ['reinspection-of-failed']
    );
    expect(
      rules(checkFinalInspection({ ...inspection, reinspectionOf: { sameOrder: false, result: 'fail' } }))
    ).toEqual(['reinspection-of-failed']);
  });

  it('inspects at the severity the switching rules call for, unless QC says why', () => {
    const found = checkFinalInspection({ ...inspection, dueSeverity: 'tightened', severity: 'normal' });
    expect(found.map((v) => [v.rule, v.messageZh])).toEqual([
      [
        'severity-override-reason',
        '按该客户的批次记录应采用加严检验:请说明本批采用正常检验的原因(severityOverrideReason)',
      ],
    ]);
    expect(
      checkFinalInspection({
        ...inspection,
        dueSeverity: 'tightened',
        severity: 'normal',
        severityOverrideReason: 'new line leader, buyer agreed',
      })
    ).toEqual([]);
  });
});

describe('the completion report as stored', () => {
  it('maps to what the rules read: texts or null, the tolerance verdict or null', () => {
    expect(
      completionOf({
        shippedAt: '2026-11-20',
        reportDate: null,
        planningSignedBy: 'Chen',
        tradeSignedBy: undefined,
        factoryManagerSignedBy: '',
        withinTolerance: false,
        outsideToleranceReason: 'buyer accepted 6 % short',
        id: 4,
      })
    ).toEqual({
      shippedAt: '2026-11-20',
      reportDate: null,
      planningSignedBy: 'Chen',
      tradeSignedBy: null,
      factoryManagerSignedBy: '',
      withinTolerance: false,
      outsideToleranceReason: 'buyer accepted 6 % short',
    });
  });
});
