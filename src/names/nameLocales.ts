import countries from "i18n-iso-countries";

/**
 * The locales whose country names newsgraph knows, one list for every layer: extraction matches a
 * text in language L against L's names and English names (English names turn up everywhere), the
 * graph stores a country under all of them, and the API resolves a country by any of them. Adding
 * a locale is one entry here (i18n-iso-countries ships the names).
 */
export const NAME_LOCALES: readonly string[] = [
  "en",
  "id",
  "de",
  "es",
  "fr",
  "ru",
  "pt",
  "it",
  "nl",
  "ms",
  "tr",
  "pl",
  "sv",
  "uk",
  "ar",
  "zh",
  "ja",
  "ko",
];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the locale files are JSON chosen by name at start-up
for (const locale of NAME_LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
