import type { ArticleWrite } from "../graph/articleWrite";

/**
 * The outlet that published an article: its registrable domain, from the article's URL (the host
 * without "www.", "m." or "amp.", cut to the label under the public suffix), else from its
 * `source` when that names a domain, else its `source` in lower case. Null when neither is given.
 * The name is the `source` as the loader gave it, else the domain.
 *
 * Terminology: the *public suffix* is what anyone can register under ("com", "co.uk", "go.id");
 * the *registrable domain* is one label more ("bbc.co.uk"), the same for every host of an outlet
 * (news.bbc.co.uk, m.bbc.co.uk).
 */
export function outletOf(article: { url?: string | null; source?: string | null }): Outlet | null {
  const source = article.source?.trim() || null;
  const host = hostOf(article.url) ?? (source && /^[\w-]+(\.[\w-]+)+$/.test(source) ? source.toLowerCase() : null);
  const domain = host ? registrableDomain(host) : (source?.toLowerCase() ?? null);
  return domain ? { domain, name: source ?? domain } : null;
}

export type Outlet = NonNullable<NonNullable<ArticleWrite["copies"]>["outlet"]>;

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "") || null;
  } catch {
    return null;
  }
}

/**
 * Second-level labels under which country-code domains register (co.uk, com.au, go.id, or.id):
 * the public suffix list's common cases, without shipping the whole list. A ccTLD not listed
 * here registers directly under itself (kompas.id, lemonde.fr).
 */
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "go", "or", "ac", "edu", "ne", "web", "my", "biz"]);

/** "news.bbc.co.uk" → "bbc.co.uk", "m.detik.com" → "detik.com"; an IP address stays as it is. */
export function registrableDomain(host: string): string {
  const bare = host.replace(/^(www\d*|m|amp)\./, "");
  if (/^[\d.]+$/.test(bare) || bare.includes(":")) return bare;
  const labels = bare.split(".");
  if (labels.length <= 2) return bare;
  const [second, top] = labels.slice(-2);
  const suffixLength = top.length === 2 && SECOND_LEVEL.has(second) ? 2 : 1;
  return labels.slice(-(suffixLength + 1)).join(".");
}
