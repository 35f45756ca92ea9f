import { inChinese } from './error-language';

describe('refusals in Chinese for a reader of Chinese', () => {
  it('swaps each listed message and the summary, keeping the English beside them', () => {
    const error = {
      status: 400,
      name: 'ValidationError',
      message: 'exFactoryDate must not be before orderDate',
      details: {
        errors: [
          {
            path: ['exFactoryDate'],
            rule: 'ex-factory-after-order',
            message: 'exFactoryDate must not be before orderDate',
            messageZh: '出厂日期不得早于下单日期',
          },
        ],
      },
    };
    expect(inChinese(error)).toEqual({
      status: 400,
      name: 'ValidationError',
      message: '出厂日期不得早于下单日期',
      messageEn: 'exFactoryDate must not be before orderDate',
      details: {
        errors: [
          {
            path: ['exFactoryDate'],
            rule: 'ex-factory-after-order',
            message: '出厂日期不得早于下单日期',
            messageEn: 'exFactoryDate must not be before orderDate',
            messageZh: '出厂日期不得早于下单日期',
          },
        ],
      },
    });
  });

  it('joins several, and leaves an answer without Chinese as it is', () => {
    const two = inChinese({
      message: '2 errors occurred',
      details: {
        errors: [
          { message: 'a', messageZh: '甲' },
          { message: 'b', messageZh: '乙' },
        ],
      },
    });
    expect(two.message).toBe('2 处错误:甲;乙');
    const strapis = { message: 'Invalid credentials', details: {} };
    expect(inChinese(strapis)).toBe(strapis);
    // Some listed errors without Chinese (Strapi's own): the summary stays as it was.
    expect(
      inChinese({ message: 'mixed', details: { errors: [{ message: 'a', messageZh: '甲' }, { message: 'b' }] } })
        .message
    ).toBe('mixed');
  });
});
