import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2, upper case: the destination market of an order (CA, US, JP, DE …). */
export const isCountryCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value);

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217, upper case: the currency of the FOB price. */
export const isCurrencyCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z]{3}$/.test(value) && currencies.has(value);
