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

const isoDate = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** Checks one article; every problem is a BadInputError whose sentence names the value. */
export function validateArticle(input: ArticleInput, now: Date): Omit<ValidArticle, "id" | "contentHash"> {
  if (typeof input.text !== "string" || input.text.trim() === "") {
    throw new BadInputError("The article's text is empty; send the article's body in `text`.");
  }
  if (input.text.length > maxTextLength) {
    throw new BadInputError(`The article's text is ${input.text.length} characters long, over the limit of ${maxTextLength}.`);
  }
  const binary = /[\u0000-\u0008\u000E-\u001F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(input.text);
  if (binary) {
    const code = binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new BadInputError(`The article's text is not plain UTF-8 text: it holds the character U+${code} at position ${binary.index}.`);
  }
  // Markup would end up in evidence sentences and hide names from extraction: refuse it.
  const tag = /<\/?(html|head|body|p|div|span|br|a|script|style|article|section|h[1-6]|ul|li|table|img)\b[^>]*>/i.exec(input.text);
  if (tag) throw new BadInputError(`The article's text looks like HTML (it holds the tag ${tag[0].slice(0, 40)}); send its plain text.`);
  // Ids and outlets are indexed, and Neo4j refuses an index key over about 8 KB.
  for (const [field, max] of fieldLimits) {
    const value = input[field];
    if (typeof value === "string" && value.length > max) {
      throw new BadInputError(`${field} is ${value.length} characters long, over the limit of ${max} (it starts "${value.slice(0, 40)}").`);
    }
  }
  const publishedAt = present(input.publishedAt);
  if (publishedAt !== undefined) {
    if (!isoDate.test(publishedAt) || Number.isNaN(Date.parse(publishedAt))) {
      throw new BadInputError(`publishedAt "${publishedAt}" is not an ISO 8601 date such as 2023-10-17 or 2023-10-17T20:14:00+07:00.`);
    }
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
