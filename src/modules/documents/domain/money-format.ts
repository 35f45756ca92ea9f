import { minorUnits } from '../../money/domain/money';
import { figure } from './document-model';

/** An amount printed to its currency's minor unit (ISO 4217): USD 4,350.00, JPY 512,000, KWD 1.250. */
export const money = (amount: number, currency: string) => figure(amount, minorUnits(currency));

/** A unit price as quoted (up to 4 places, at least the currency's minor unit). */
export const unitPrice = (price: number, currency: string) =>
  price.toLocaleString('en-US', {
    minimumFractionDigits: minorUnits(currency),
    maximumFractionDigits: Math.max(4, minorUnits(currency)),
  });
