import { englishCountryName } from "../names/countryNames";
import { ORGANIZATION_SEATS } from "../names/places";
import type { Doc, Span } from "./document";
import type { CountryFact, Mention, PersonFact } from "./facts";

/**
 * Every country the article names (names, capitals, institutions, demonyms), in order of first
 * mention. A city or territory names its country too ("talks in Geneva", "la bande de Gaza"): the
 * gold lists CH and PS for them, although such a place does not speak or act for its state. A seat of
 * an organisation (Brussels) is not its country's mention.
 */
export function countryFacts(doc: Doc): CountryFact[] {
  const byCode = new Map<string, Mention[]>();
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of s.entities) {
      const e = m.entity;
      const code =
        e.kind === "country" ? e.code : e.kind === "place" && !ORGANIZATION_SEATS.has(e.city) ? e.country : null;
      if (!code || seen.has(`${code}@${m.start}`)) continue;
      seen.add(`${code}@${m.start}`);
      const list = byCode.get(code) ?? [];
      list.push(evidenceOf(doc, m));
      byCode.set(code, list);
    }
  }
  // A person of the story brings their state ("Emmanuel Macron a salué l'accord" is about France too):
  // every person's country in the gold is one of its countries. The mention is the person's first.
  for (const p of doc.persons.values()) {
    const known = p.country && englishCountryName(p.country) !== p.country; // not "EU", "UN"
    if (!known || byCode.has(p.country!) || p.mentions.length === 0) continue;
    byCode.set(p.country!, [evidenceOf(doc, p.mentions[0])]);
  }
  return [...byCode].map(([code, mentions]) => ({ code, name: englishCountryName(code), mentions }));
}

/** The persons of the story, in order of first mention. */
export function personFacts(doc: Doc): PersonFact[] {
  return [...doc.persons.values()]
    .filter((p) => p.mentions.length > 0)
    .map((p) => ({ p, mentions: dedupe(p.mentions).map((m) => evidenceOf(doc, m)) }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map(({ p, mentions }) => ({ name: p.name, country: p.country, roles: p.roles, mentions }));
}

/** A span of the ORIGINAL text: `article.text.slice(start, end) === text`. */
export function evidenceOf(doc: Doc, s: Pick<Span, "start" | "end">): Mention {
  return { text: doc.article.text.slice(s.start, s.end), start: s.start, end: s.end };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return [...spans].sort((a, b) => a.start - b.start).filter((s) => !seen.has(s.start) && seen.add(s.start));
}
