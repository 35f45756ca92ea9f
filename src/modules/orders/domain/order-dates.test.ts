import { checkOrderDates } from './order-dates';

describe('checkOrderDates', () => {
  it('accepts a plan in order', () => {
    expect(
      checkOrderDates({ orderDate: '2026-09-01', materialIssueDate: '2026-10-01', exFactoryDate: '2026-11-30' })
    ).toEqual([]);
  });

  it('accepts ex-factory on the order day and missing dates', () => {
    expect(checkOrderDates({ orderDate: '2026-09-01', exFactoryDate: '2026-09-01' })).toEqual([]);
    expect(checkOrderDates({ orderDate: '2026-09-01' })).toEqual([]);
  });

  it('refuses an ex-factory date before the order date, naming the field', () => {
    const [found] = checkOrderDates({ orderDate: '2026-09-01', exFactoryDate: '2026-08-31' });
    expect(found).toMatchObject({ path: ['exFactoryDate'], rule: 'ex-factory-after-order-date' });
    expect(found.message).toContain('2026-08-31');
  });

  it('keeps the material issue date between order and ex-factory', () => {
    expect(
      checkOrderDates({ orderDate: '2026-09-01', materialIssueDate: '2026-08-01', exFactoryDate: '2026-11-30' })
    ).toHaveLength(1);
    expect(
      checkOrderDates({ orderDate: '2026-09-01', materialIssueDate: '2026-12-01', exFactoryDate: '2026-11-30' })[0]
    ).toMatchObject({ path: ['materialIssueDate'] });
  });
});
