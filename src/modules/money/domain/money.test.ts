import { lineAmount, minorUnits, roundMoney, sumMoney } from './money';

describe("money in the currency's minor unit (ISO 4217)", () => {
  it('knows the minor units: JPY 0, USD 2, EUR 2, KWD 3, CNY 2', () => {
    expect([minorUnits('JPY'), minorUnits('USD'), minorUnits('EUR'), minorUnits('KWD'), minorUnits('cny')]).toEqual([
      0, 2, 2, 3, 2,
    ]);
  });
  it('1 × 1.005 USD = 1.01 (half-up in decimal; binary floats give 1.00)', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the float trap this module exists for
    expect(lineAmount(1, 1.005, 'USD')).toBe(1.01);
    expect(lineAmount(1, '1.005', 'USD')).toBe(1.01);
  });
  it('1000 × 1234 JPY = 1234000, no minor unit', () => {
    expect(lineAmount(1000, 1234, 'JPY')).toBe(1234000);
    expect(roundMoney('1234.5', 'JPY')).toBe(1235);
  });
  it('KWD keeps three decimals: 3 × 0.3335 = 1.0005 → 1.001', () => {
    expect(lineAmount(3, '0.3335', 'KWD')).toBe(1.001);
  });
  it('sums exactly: 0.1 + 0.2 USD = 0.3', () => {
    expect(sumMoney([0.1, 0.2], 'USD')).toBe(0.3);
  });
});
