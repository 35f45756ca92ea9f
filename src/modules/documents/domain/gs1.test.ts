import { gs1CheckDigit, hasValidCheckDigit, sscc } from './gs1';

describe('GS1 check digits (mod 10, weights 3 and 1 from the right)', () => {
  it('gives the check digit of a published EAN-13: 400638133393 → 1 (4006381333931)', () => {
    // By hand, weights from the right 3,1,3…: 3·3+9·1+3·3+3·1+3·3+1·1+8·3+3·1+6·3+0·1+0·3+4·1 = 89 → 10 − 9 = 1.
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(hasValidCheckDigit('4006381333931')).toBe(true);
    expect(hasValidCheckDigit('4006381333932')).toBe(false);
  });

  it('builds an 18-digit SSCC from extension, company prefix and serial', () => {
    // 0 + 6901234 (7-digit prefix) + serial 42 on 9 digits = 0 6901234 000000042.
    // Weights from the right over 06901234000000042: 2·3+4·1+0·3+0·1+0·3+0·1+0·3+0·1+0·3+4·1+3·3+2·1+1·3+0·1+9·3+6·1+0·3
    // = 6+4+4+9+2+3+27+6 = 61 → check 9.
    expect(sscc(0, '6901234', 42)).toBe('069012340000000429');
    expect(hasValidCheckDigit(sscc(3, '6901234567', 123456))).toBe(true);
  });

  it('refuses what no SSCC can hold', () => {
    expect(() => sscc(10, '6901234', 1)).toThrow('extension');
    expect(() => sscc(0, '69012', 1)).toThrow('company prefix');
    expect(() => sscc(0, '6901234', 1_000_000_000)).toThrow('at most 9 digits');
  });
});
