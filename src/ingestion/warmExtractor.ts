import { extract } from "../extraction/extract";
import type { ArticleText } from "../extraction/facts";

/**
 * One short sentence per language pack (written for this), each about a meeting, a sanction and a
 * statement, so that every part of extraction has run once.
 */
const sentences: Record<string, string> = {
  en: "On Monday the president of France met the chancellor of Germany in Paris. The European Union imposed sanctions on Russia, and the minister said the talks went well.",
  id: "Presiden Indonesia bertemu Perdana Menteri Jepang di Jakarta pada hari Senin. Menteri itu mengatakan pertemuan berjalan baik.",
  de: "Der Bundeskanzler traf am Montag den Präsidenten Frankreichs in Berlin. Die Europäische Union verhängte Sanktionen gegen Russland.",
  es: "El presidente de España se reunió el lunes con el canciller de Alemania en Madrid. La Unión Europea impuso sanciones a Rusia.",
  fr: "Le président français a rencontré lundi le chancelier allemand à Paris. L'Union européenne a imposé des sanctions à la Russie.",
  it: "Il presidente italiano ha incontrato lunedì il cancelliere tedesco a Roma. L'Unione europea ha imposto sanzioni alla Russia.",
  pl: "Prezydent Polski spotkał się w poniedziałek z kanclerzem Niemiec w Warszawie. Unia Europejska nałożyła sankcje na Rosję.",
  pt: "O presidente do Brasil encontrou-se na segunda-feira com o chanceler alemão em Brasília. A União Europeia impôs sanções à Rússia.",
  ru: "Президент России встретился в понедельник с президентом Китая в Москве. Евросоюз ввёл санкции против Ирана.",
};

/**
 * Runs extraction once per language before the server takes requests: its indexes and the
 * engine's compiled code are built on first use, which made the first `ingestArticle` of a fresh
 * process pay a few hundred milliseconds per language. Failures are ignored: it only saves time.
 */
export function warmExtractor(): void {
  for (const [language, text] of Object.entries(sentences)) {
    const article: ArticleText = { id: `warm-up-${language}`, language, publishedAt: "2024-01-15T08:00:00Z", text };
    try {
      extract(article);
      extract({ ...article, id: `${article.id}-again` });
    } catch {
      // Only a warm-up.
    }
  }
}
