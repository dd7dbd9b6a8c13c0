import { createHash } from "node:crypto";

/** A short, stable hash of some text (hex). */
export function hashOf(text: string, length = 16): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** Hash of everything that, when changed, changes what the article reports. */
export function contentHash(article: {
  text: string;
  title?: string;
  language?: string;
  publishedAt?: string;
}): string {
  return hashOf(
    JSON.stringify([article.text, article.title ?? null, article.language ?? null, article.publishedAt ?? null]),
    32,
  );
}

/**
 * The article's id: the loader's own, else one derived from the canonical URL (so the same story
 * fetched twice is one article), else from the text alone.
 */
export function articleId(given: string | null | undefined, url: string | undefined, text: string): string {
  if (given?.trim()) return given.trim();
  if (url) return `url-${hashOf(canonicalUrl(url))}`;
  return `text-${hashOf(text.trim())}`;
}

/** Lower-case host without "www.", no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid|gclid|ref$|cmp$)/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  url.protocol = "https:";
  return url.toString().replace(/\/(\?|$)/, "$1");
}
