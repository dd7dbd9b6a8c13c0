import { BadInputError } from "../errors";
import type { ArticleText } from "../extraction/facts";

/** An article as a loader sends it (GraphQL `ArticleInput`, a JSON line of `newsgraph ingest`). */
export interface ArticleInput {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  text: string;
  language?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

/** An article that passed validation (blank fields dropped), with its id and content hash. */
export interface ValidArticle extends ArticleText {
  contentHash: string;
}

export const maxTextLength = 200_000;
/** The longest id, title, url and source an article may have. */
const fieldLimits: ReadonlyArray<[keyof ArticleInput, number]> = [
  ["id", 200],
  ["title", 1_000],
  ["url", 2_000],
  ["source", 200],
];

/** Knows the ISO 639-1 codes: an unknown code comes back unchanged. */
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

const isoDate = /^(\d{4})-(\d{2})(-(\d{2})([T ](\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** Characters no id, title, outlet, URL or code holds: C0 and C1 controls (line breaks too), U+FFFD, lone surrogates. */
const notInField =
  /[\u0000-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** In a text, line breaks and tabs are fine. */
const notInText =
  /[\u0000-\u0008\u000E-\u001F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const stringFields = ["id", "url", "title", "language", "publishedAt", "source"] as const;

/** Checks one article; every problem is a BadInputError whose sentence names the value. */
export function validateArticle(input: ArticleInput, now: Date): Omit<ValidArticle, "id" | "contentHash"> {
  if (typeof input.text !== "string" || input.text.trim() === "") {
    throw new BadInputError("The article's text is empty; send the article's body in `text`.");
  }
  if (input.text.length > maxTextLength) {
    throw new BadInputError(
      `The article's text is ${input.text.length} characters long, over the limit of ${maxTextLength}.`,
    );
  }
  const binary = notInText.exec(input.text);
  if (binary)
    throw new BadInputError(
      `The article's text is not plain UTF-8 text: it holds the character ${codePoint(binary[0])} at position ${binary.index}.`,
    );
  // Ids, titles and outlets are shown, indexed and put in links: one line of plain text each.
  for (const field of stringFields) {
    const value = input[field];
    if (value != null && typeof value !== "string")
      throw new BadInputError(`${field} must be a string, not ${JSON.stringify(value)}.`);
    // Surrounding blanks are trimmed anyway (a title that ends in a line break is fine).
    const bad = value ? notInField.exec(value.trim()) : null;
    if (bad) {
      throw new BadInputError(
        `${field} holds the character ${codePoint(bad[0])} at position ${bad.index} (it starts ${JSON.stringify(value!.trim().slice(0, 40))}); send it as one line of plain text.`,
      );
    }
  }
  // Markup would end up in evidence sentences and hide names from extraction: refuse it.
  const tag = /<\/?(html|head|body|p|div|span|br|a|script|style|article|section|h[1-6]|ul|li|table|img)\b[^>]*>/i.exec(
    input.text,
  );
  if (tag)
    throw new BadInputError(
      `The article's text looks like HTML (it holds the tag ${tag[0].slice(0, 40)}); send its plain text.`,
    );
  // Ids and outlets are indexed, and Neo4j refuses an index key over about 8 KB.
  for (const [field, max] of fieldLimits) {
    const value = input[field];
    if (typeof value === "string" && value.length > max) {
      throw new BadInputError(
        `${field} is ${value.length} characters long, over the limit of ${max} (it starts "${value.slice(0, 40)}").`,
      );
    }
  }
  const publishedAt = present(input.publishedAt);
  if (publishedAt !== undefined) {
    if (!isoDate.test(publishedAt) || Number.isNaN(Date.parse(publishedAt))) {
      throw new BadInputError(
        `publishedAt "${publishedAt}" is not an ISO 8601 date such as 2023-10-17 or 2023-10-17T20:14:00+07:00.`,
      );
    }
    const impossible = calendarProblem(publishedAt);
    if (impossible)
      throw new BadInputError(`publishedAt "${publishedAt}" is not a date of the calendar: ${impossible}.`);
    if (Date.parse(publishedAt) > now.getTime() + 24 * 3600 * 1000) {
      throw new BadInputError(`publishedAt "${publishedAt}" is in the future.`);
    }
  }
  const language = present(input.language)?.toLowerCase();
  if (language !== undefined && (!/^[a-z]{2}$/.test(language) || languageNames.of(language) === language)) {
    throw new BadInputError(`language "${input.language}" is not a known two-letter ISO 639-1 code such as id or en.`);
  }
  const url = present(input.url);
  if (url !== undefined && !URL.canParse(url)) throw new BadInputError(`url "${url}" is not an absolute URL.`);
  // It becomes a link in the explorer: javascript:, data: and the like are refused, not stored.
  if (url !== undefined && !["http:", "https:"].includes(new URL(url).protocol)) {
    throw new BadInputError(`url "${url.slice(0, 100)}" is not an http or https URL.`);
  }
  return {
    url,
    title: present(input.title),
    text: input.text,
    language,
    publishedAt,
    source: present(input.source),
  };
}

/** The trimmed value, or undefined when it is absent or blank. */
function present(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** U+XXXX of a character (or a lone surrogate). */
function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * What makes an ISO-shaped date impossible (JavaScript rolls 2023-02-30 over to 2 March and takes
 * year 0000), or undefined when it is a real day and time.
 */
function calendarProblem(date: string): string | undefined {
  const [, year, month, , day, , hour, minute, , second] = isoDate.exec(date)!;
  const y = Number(year);
  const m = Number(month);
  if (y < 1) return "there is no year 0000";
  if (m < 1 || m > 12) return `there is no month ${month}`;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (day !== undefined && (Number(day) < 1 || Number(day) > days))
    return `${year}-${month} has ${days} days, not ${Number(day)}`;
  if (hour !== undefined && Number(hour) > 23) return `there is no hour ${hour}`;
  if (minute !== undefined && Number(minute) > 59) return `there is no minute ${minute}`;
  if (second !== undefined && Number(second) > 59) return `there is no second ${second}`;
  return undefined;
}
