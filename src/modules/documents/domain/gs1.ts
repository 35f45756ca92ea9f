/**
 * GS1 check digits and the Serial Shipping Container Code (SSCC, AI 00) a
 * carton label carries (GS1 General Specifications §7.9: mod-10, weights 3
 * and 1 from the right).
 */

const DIGITS = /^\d+$/;

/** The check digit of a GS1 key's digits (without it): weights 3, 1, 3 … from the rightmost digit. */
export function gs1CheckDigit(digits: string): number {
  if (!DIGITS.test(digits)) throw new Error(`GS1 keys are digits: ${digits}`);
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export const hasValidCheckDigit = (key: string) =>
  DIGITS.test(key) && key.length > 1 && gs1CheckDigit(key.slice(0, -1)) === Number(key[key.length - 1]);

/**
 * An SSCC: extension digit (0–9), the GS1 company prefix (7–10 digits), the
 * serial reference filling the 17 digits, then the check digit — 18 digits.
 */
export function sscc(extension: number, companyPrefix: string, serial: number): string {
  if (!Number.isInteger(extension) || extension < 0 || extension > 9) throw new Error('the extension digit is 0–9');
  if (!/^\d{7,10}$/.test(companyPrefix)) throw new Error('a GS1 company prefix has 7 to 10 digits');
  const serialDigits = 16 - companyPrefix.length;
  if (!Number.isInteger(serial) || serial < 0 || String(serial).length > serialDigits)
    throw new Error(`the serial reference has at most ${serialDigits} digits with this prefix`);
  const body = `${extension}${companyPrefix}${String(serial).padStart(serialDigits, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}
