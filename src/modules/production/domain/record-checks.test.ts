import {
  checkDelayNotApplied,
  checkProductionException,
  checkProductionLine,
  checkProductionReport,
  checkReportCorrection,
  checkSubcontractJob,
} from './record-checks';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);

describe('production lines', () => {
  it('belong to a garment factory and make something each day', () => {
    const factory = { name: 'Jintan Garments', kinds: ['garment-factory'] };
    expect(checkProductionLine({ factory, dailyCapacity: 800 })).toEqual([]);
    expect(checkProductionLine({ factory: { name: 'Wuxi Wash', kinds: ['wash'] }, dailyCapacity: 0 })).toEqual([
      {
        path: ['factory'],
        rule: 'factory-kind',
        message: 'Wuxi Wash is not a garment factory (supplier kind garment-factory)',
        messageZh: 'Wuxi Wash 不是成衣工厂(供应商类型 garment-factory)',
      },
      {
        path: ['dailyCapacity'],
        rule: 'capacity-positive',
        message: 'dailyCapacity must be greater than 0',
        messageZh: '日产能必须大于 0',
      },
    ]);
  });
});

describe('daily reports', () => {
  const report = { hasOrder: true, hasLine: true, date: '2026-11-30', orderDate: '2026-10-02', today: '2026-11-30' };

  it('are dated from the order date to today', () => {
    expect(checkProductionReport(report)).toEqual([]);
    expect(checkProductionReport({ ...report, date: '2026-10-02' })).toEqual([]);
    expect(rules(checkProductionReport({ ...report, date: '2026-12-01' }))).toEqual(['date-in-future']);
    expect(rules(checkProductionReport({ ...report, date: '2026-10-01' }))).toEqual(['date-before-order']);
    expect(rules(checkProductionReport({ ...report, hasOrder: false, hasLine: false, orderDate: null }))).toEqual([
      'order-required',
      'line-required',
    ]);
  });

  it('keep their key; a changed count says why', () => {
    expect(
      checkReportCorrection({ keyChanged: [], countsChanged: ['goodQty'], reason: 'miscounted bundle 14' })
    ).toEqual([]);
    expect(
      checkReportCorrection({ keyChanged: ['date'], countsChanged: ['goodQty', 'defectQty'], reason: '' }).map((v) => [
        v.path[0],
        v.rule,
        v.messageZh,
      ])
    ).toEqual([
      ['date', 'report-key-fixed', '日报的 date 不能修改:请删除该日报后重新提交'],
      ['correctionReason', 'correction-reason', '更正 goodQty、defectQty 须填写更正原因(correctionReason)'],
    ]);
  });
});

describe('production exceptions', () => {
  it('say what happened; an applied new date stays', () => {
    expect(checkProductionException({ hasOrder: true, description: 'Zip supplier late' })).toEqual([]);
    expect(rules(checkProductionException({ hasOrder: false, description: ' ' }))).toEqual([
      'order-required',
      'description-required',
    ]);
    expect(rules(checkDelayNotApplied({ appliedAt: '2026-11-20', dateChanged: true }))).toEqual(['delay-applied']);
    expect(checkDelayNotApplied({ appliedAt: '2026-11-20', dateChanged: false })).toEqual([]);
    expect(checkDelayNotApplied({ appliedAt: null, dateChanged: true })).toEqual([]);
  });
});

describe('subcontract jobs', () => {
  const job = {
    hasOrder: true,
    supplier: { name: 'Wuxi Wash', kinds: ['wash'] },
    process: 'wash',
    qtySent: 1200,
    qtyReceived: 1180,
    defects: 12,
    sentAt: '2026-11-10',
    receivedAt: '2026-11-18',
  };

  it('go to a supplier that does the process', () => {
    expect(checkSubcontractJob(job)).toEqual([]);
    expect(rules(checkSubcontractJob({ ...job, process: 'embroidery' }))).toEqual(['supplier-kind']);
  });

  it('never bring back more than was sent, nor more defects than came back', () => {
    expect(rules(checkSubcontractJob({ ...job, qtyReceived: 1201, defects: 0 }))).toEqual(['received-within-sent']);
    expect(rules(checkSubcontractJob({ ...job, qtyReceived: 10, defects: 11 }))).toEqual(['defects-within-received']);
  });

  it('are sent on a day and come back after it', () => {
    expect(rules(checkSubcontractJob({ ...job, sentAt: null, receivedAt: null }))).toEqual(['sent-date-required']);
    expect(rules(checkSubcontractJob({ ...job, receivedAt: '2026-11-09' }))).toEqual(['received-before-sent']);
    expect(
      checkSubcontractJob({ ...job, qtySent: 0, qtyReceived: 0, defects: 0, sentAt: null, receivedAt: null })
    ).toEqual([]);
  });
});
