/**
 * The sentence templates of one language for the synthetic corpus (bench/newsArticles.ts). Slots:
 * {A} {B} full names and {As} {Bs} short names of the event's people, {TA} {TB} their titles,
 * {CA} {CB} their countries, {CITY} where it happens, {DATE} "on 13 September" (or the language's
 * form), {TOPIC}, {N} a number, {YEAR}, {X} {TX} {CX} a third party, {CT} a sanctions target,
 * {IMP} who imposes them, {REASON}, {Q} a quote, {HOST} the visited country.
 */
export interface Kit {
  months: readonly string[];
  /** "on 13 September [2023]". */
  on(day: number, month: string, year: number | null): string;
  /** "Russia's President Vladimir Putin" given title, country and name. */
  styled(title: string, country: string, name: string): string;
  meeting: { occurred: readonly string[]; planned: readonly string[] };
  visit: { occurred: readonly string[]; planned: readonly string[] };
  statement: Readonly<Record<"accuse" | "deny" | "warn" | "support", readonly string[]>>;
  sanction: readonly string[];
  /** Paragraphs that carry a quote {Q} by {A} / {As}. */
  quoteLines: readonly string[];
  /** Quotes about country {C}; a bank of fixed words, so reports of one event quote alike. */
  quotes: readonly string[];
  /** A third party {X} reacting to the event's countries {CA} and {CB}. */
  reactions: readonly string[];
  /** Sanctions background on {CT}. */
  background: readonly string[];
  /** Paragraphs that name no leader. */
  context: readonly string[];
  topics: readonly string[];
  reasons: readonly string[];
  furniture: readonly string[];
  titles: Readonly<Record<"meeting" | "visit" | "statement" | "sanction", readonly string[]>>;
}
