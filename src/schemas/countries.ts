/**
 * Country codes (ISO 3166-1 alpha-2) and their English names, from the Unicode CLDR data built
 * into the JavaScript runtime (Intl.DisplayNames), so no list is kept here.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Codes CLDR knows that are not countries in ISO 3166-1 alpha-2: reserved or grouping codes. */
const NOT_COUNTRIES = new Set(['UK', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * True for a two-letter code that names a country: CLDR has a name for it and it is not one of
 * the reserved codes (`UK` is reserved; the United Kingdom's code is `GB`).
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && names.of(code) !== code;
}

/** English name of a country code, e.g. `BE` → "Belgium"; the code itself when unknown. */
export function countryName(code: string): string {
  return names.of(code) ?? code;
}
