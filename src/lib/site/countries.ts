/**
 * Country names for pages; the vocabulary itself (which codes are countries) is the schemas'
 * (src/schemas/countries.ts), since the member and case-study schemas check it.
 */
export { countryName } from '../../schemas/countries.ts';
