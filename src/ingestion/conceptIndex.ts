import { languagePack } from "../extraction/languages";
import type { Concept } from "../extraction/languages/concepts";
import { foldText } from "./foldText";

/** One folded word of a concept entry: whole, or open at its end (`*` after) or its start (`*` before). */
type Pattern = { core: string; open: "none" | "end" | "start" | "both" };

/**
 * A language pack's concept words (LanguagePack.concepts) ready to be looked up in folded text:
 * `at(words, i)` gives the concepts that the words from position i tell, and how many words they
 * take, or null. Phrases are tried first, the longest first ("gencatan senjata" is a ceasefire,
 * not weapons). A word is the concept of its whole-word entry if it has one; else of the longest
 * entry it begins with, together with those of the entries it ends with or contains: a compound
 * tells each of its parts ("Angriffskrieg": attack and war; "Partnerschaftsvertrag": partnership
 * and agreement).
 */
export interface ConceptIndex {
  at(words: readonly string[], i: number): { concepts: Concept[]; length: number } | null;
}

const built = new Map<string, ConceptIndex>();

export function conceptIndex(language: string): ConceptIndex {
  const known = built.get(language);
  if (known) return known;
  const phrases: Array<{ patterns: Pattern[]; concept: Concept }> = [];
  const whole = new Map<string, Concept>();
  const starts = new Map<string, Concept>();
  const ends = new Map<string, Concept>();
  const inside: Array<[string, Concept]> = [];
  for (const [concept, entries] of Object.entries(languagePack(language).concepts ?? {}) as Array<[Concept, string[]]>)
    for (const entry of entries) {
      const patterns = patternsOf(entry);
      if (patterns.length > 1) phrases.push({ patterns, concept });
      else if (patterns.length === 1) {
        const [{ core, open }] = patterns;
        if (open === "none") whole.set(core, concept);
        else if (open === "end") starts.set(core, concept);
        else if (open === "start") ends.set(core, concept);
        else inside.push([core, concept]);
      }
    }
  phrases.sort((a, b) => b.patterns.length - a.patterns.length);
  const byLength = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.length))].sort((a, b) => b - a);
  const startLengths = byLength(starts.keys());
  const endLengths = byLength(ends.keys());

  const ofWord = (word: string): Concept[] => {
    const exact = whole.get(word);
    if (exact) return [exact];
    const found = new Set<Concept>();
    const start = startLengths.find((n) => n <= word.length && starts.has(word.slice(0, n)));
    if (start !== undefined) found.add(starts.get(word.slice(0, start))!);
    for (const n of endLengths) if (n <= word.length && ends.has(word.slice(-n))) found.add(ends.get(word.slice(-n))!);
    for (const [core, concept] of inside) if (word.includes(core)) found.add(concept);
    return [...found];
  };
  // Phrases by their first word when it is whole (most are), so a word tries only its own; and each
  // word's concepts remembered, as news repeats its words (bounded: a language's words are many).
  const byFirst = new Map<string, typeof phrases>();
  const openFirst: typeof phrases = [];
  for (const phrase of phrases) {
    const [head] = phrase.patterns;
    if (head.open === "none") byFirst.set(head.core, [...(byFirst.get(head.core) ?? []), phrase]);
    else openFirst.push(phrase);
  }
  const remembered = new Map<string, Concept[]>();
  const conceptsOf = (word: string) => {
    let concepts = remembered.get(word);
    if (concepts === undefined) {
      if (remembered.size >= 100_000) remembered.clear();
      concepts = ofWord(word);
      remembered.set(word, concepts);
    }
    return concepts;
  };
  const index: ConceptIndex = {
    at(words, i) {
      for (const candidates of [byFirst.get(words[i]), openFirst])
        for (const { patterns, concept } of candidates ?? [])
          if (i + patterns.length <= words.length && patterns.every((p, k) => fits(p, words[i + k])))
            return { concepts: [concept], length: patterns.length };
      const concepts = conceptsOf(words[i]);
      return concepts.length > 0 ? { concepts, length: 1 } : null;
    },
  };
  built.set(language, index);
  return index;
}

function patternsOf(entry: string): Pattern[] {
  const patterns = entry
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const parts = foldText(raw.replace(/\*/g, " ")).split(" ").filter(Boolean);
      return parts.map((core, k): Pattern => {
        const openStart = k === 0 && raw.startsWith("*");
        const openEnd = k === parts.length - 1 && raw.endsWith("*");
        return { core, open: openStart && openEnd ? "both" : openStart ? "start" : openEnd ? "end" : "none" };
      });
    });
  return patterns;
}

function fits(pattern: Pattern, word: string): boolean {
  switch (pattern.open) {
    case "none":
      return word === pattern.core;
    case "end":
      return word.startsWith(pattern.core);
    case "start":
      return word.endsWith(pattern.core);
    case "both":
      return word.includes(pattern.core);
  }
}
