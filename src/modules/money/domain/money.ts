import Decimal from 'decimal.js';

/**
 * Money in the currency's own units: amounts are computed in decimal (never
 * binary floats) and rounded half-up to the currency's minor unit, ISO 4217
 * (JPY 0, USD/EUR 2, KWD 3) — the minor units come from the ICU data Node ships.
 */
const minorUnitsCache = new Map<string, number>();

export function minorUnits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = minorUnitsCache.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits as number;
    } catch {
      digits = 2;
    }
    minorUnitsCache.set(code, digits);
  }
  return digits;
}

export type Amount = Decimal.Value;

/** Rounds half-up (away from zero) to the currency's minor unit; a number for JSON. */
export const roundMoney = (amount: Amount, currency: string): number =>
  new Decimal(amount).toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP).toNumber();

/** quantity × unit price, exactly, then rounded to the currency's minor unit. */
export const lineAmount = (quantity: number, unitPrice: Amount, currency: string): number =>
  roundMoney(new Decimal(unitPrice).times(quantity), currency);

/** Σ of amounts already in the currency, exactly. */
export const sumMoney = (amounts: readonly Amount[], currency: string): number =>
  roundMoney(
    amounts.reduce<Decimal>((sum, amount) => sum.plus(amount), new Decimal(0)),
    currency
  );
