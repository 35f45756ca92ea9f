import {
  checkCustomerMarket,
  checkSizeScale,
  checkStyle,
  checkSupplierKinds,
  duplicatesIn,
  uniqueClash,
} from './master-data';

const rules = (found: Array<{ rule: string }>) => found.map((v) => v.rule);

describe('master data', () => {
  it('customers sell to an ISO 3166-1 alpha-2 market', () => {
    expect(checkCustomerMarket('CA')).toEqual([]);
    expect(checkCustomerMarket('GB')).toEqual([]);
    expect(rules(checkCustomerMarket('UK'))).toEqual(['market-iso-3166']);
    expect(rules(checkCustomerMarket('usa'))).toEqual(['market-iso-3166']);
  });

  it('suppliers and size scales list each entry once, whatever the case', () => {
    expect(duplicatesIn(['S', 'M', 'm', 'L', 'l', 'L'])).toEqual(['m', 'l', 'L']);
    expect(checkSupplierKinds(['fabric', 'trims'])).toEqual([]);
    expect(rules(checkSupplierKinds([]))).toEqual(['kinds-required']);
    expect(checkSizeScale(['S', 'M', 's']).map((v) => [v.rule, v.message, v.messageZh])).toEqual([
      ['sizes-unique', 'sizes are listed twice: s', '尺码重复:s'],
    ]);
    expect(rules(checkSizeScale([]))).toEqual(['sizes-required']);
  });

  it('styles belong to a customer; a value held twice names its scope', () => {
    expect(checkStyle({ hasCustomer: true })).toEqual([]);
    expect(rules(checkStyle({ hasCustomer: false }))).toEqual(['customer-required']);
    expect(uniqueClash('styleNo', 'ST-204', 'customer')).toEqual({
      path: ['styleNo'],
      rule: 'unique',
      message: 'styleNo "ST-204" already exists for this customer',
      messageZh: '该客户已存在 styleNo"ST-204"',
    });
    expect(uniqueClash('code', 'FAB-01').message).toBe('code "FAB-01" already exists');
  });
});
