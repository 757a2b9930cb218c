import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** The English short name of an ISO 3166-1 alpha-3 (or alpha-2) code: `MLI` → "Mali"; an unknown code as written. */
export function countryName(code: string): string {
  return countries.getName(code.toUpperCase(), 'en', { select: 'alias' }) ?? countries.getName(code.toUpperCase(), 'en') ?? code;
}
