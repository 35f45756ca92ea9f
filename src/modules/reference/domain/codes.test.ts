import { isCountryCode, isCurrencyCode } from './codes';

describe('reference codes', () => {
  it('knows ISO 3166-1 alpha-2 countries, upper case only', () => {
    for (const code of ['CA', 'US', 'JP', 'DE', 'SE', 'CN']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['ca', 'XX', 'EU', 'UK', 'USA', '', null]) expect(isCountryCode(code)).toBe(false);
  });

  it('knows ISO 4217 currencies', () => {
    for (const code of ['USD', 'EUR', 'CNY', 'JPY']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['usd', 'ABC', 'US', undefined]) expect(isCurrencyCode(code)).toBe(false);
  });
});
