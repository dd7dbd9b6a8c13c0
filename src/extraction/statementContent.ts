import { hasCue, type CueMention, type Doc, type Sentence } from "./document";
import type { Stance } from "./facts";
import type { Quote } from "./quotes";
import { codeOf, leadingCountries } from "./sentenceQueries";
import type { Speaker } from "./speakers";

/** Character ranges holding what was said: the reported clause and/or the quotation. */
export type Ranges = Array<[number, number]>;

/** Strongest first: a denial that mentions weapons is still a denial; declining to comment says nothing else; the words of the story's topic (arms) come last. */
const PRIORITY: readonly Stance[] = ["deny", "other", "warn", "accuse", "support"];

/** Whether stance a outranks stance b ("assert" ranks below all). */
export const stronger = (a: Stance, b: Stance): boolean =>
  (PRIORITY.indexOf(a) + 1 || 99) < (PRIORITY.indexOf(b) + 1 || 99);

/**
 * The stance of what was said: the verb's own when it has one ("membantah", "warned"), else the
 * strongest stance word in the words said ("tidak ada bukti" → deny, "dukungan" → support), a
 * report of a discussion being a plain assertion; an unmarked "assert" when nothing marks it.
 */
export function stanceOf(
  doc: Doc,
  s: Sentence,
  ranges: Ranges,
  own: Stance | undefined,
  speakers: Speaker[],
  quote: Quote | null = null,
): { stance: Stance; marked: boolean } {
  if (own) return { stance: own, marked: true };
  const found = new Set<Stance>();
  let discussed = false;
  let topic = false;
  let spoken: Stance | undefined;
  for (const c of s.cues) {
    if (!inside(ranges, c.start, c.end) || negated(s, c)) continue;
    for (const cue of c.cues) {
      if (cue.kind === "stanceCue" && cue.stance) found.add(cue.stance);
      if (cue.kind === "stanceTopic") topic = true;
      if (cue.kind === "discuss") discussed = true;
      // "We condemn this launch", "Kami mengecam …": a stance verb in the speaker's own quoted words. Not a verb of
      // denying: in a quotation it rejects a policy or denies someone a thing more often than a claim ("denying
      // resources to", "rejects interference"); a denial shows in its words ("baseless", "no evidence").
      const quoted = quote && c.start >= quote.start && c.end <= quote.end;
      if (quoted && cue.kind === "stanceVerb" && cue.stance && cue.stance !== "other" && cue.stance !== "deny")
        if (!spoken || stronger(cue.stance, spoken)) spoken = cue.stance;
    }
  }
  // The speaker's own stance verb says what the words do ("we condemn this dangerous launch" accuses), unless
  // the words deny or decline ("they accuse us, but that is baseless").
  if (spoken && !found.has("deny") && !found.has("other")) return { stance: spoken, marked: true };
  // Arms in what was said accuse, unless the speaker's own state is the one helping ("Germany will help Ukraine
  // build missiles" supports; "Moscow seeks weapons to support its war" accuses).
  let strongest = PRIORITY.find((x) => found.has(x));
  if (topic && (!strongest || (strongest === "support" && !selfNamed(doc, s, ranges, speakers)))) strongest = "accuse";
  // "they discussed military cooperation": a report of a discussion asserts, whatever was discussed — unless it
  // denies, or its report carries goodwill ("held constructive discussions", "membahas … secara konstruktif").
  if (discussed && strongest !== "deny" && strongest !== "support") return { stance: "assert", marked: true };
  return strongest ? { stance: strongest, marked: true } : { stance: "assert", marked: false };
}

/**
 * The countries a statement is about: those named in what was said (states, the states of the
 * persons named, "both countries"), with the speaker's own. When the words said name no state,
 * those of the whole sentence and the article's two leading states: a statement with no country of
 * its own — or only the speaker's own state — is about the story.
 */
export function aboutOf(doc: Doc, s: Sentence, ranges: Ranges, speakers: Speaker[]): string[] {
  const named = new Set<string>();
  const all = new Set<string>();
  const speaking = new Set(speakers.map((sp) => sp.name));
  for (const m of s.entities) {
    // An agency that only reports ("dilansir dari Anadolu", "Yonhap said") is the source: its state is not what was said.
    if (m.entity.kind === "agency" && !speaking.has(m.entity.name) && !speaking.has(m.entity.country ?? "")) continue;
    // The speaker's own name inside the range ("…," Mr Biden said) is who speaks, not what it is about.
    const isSpeaker =
      (m.entity.kind === "person" && speaking.has(doc.persons.get(m.entity.key)?.name ?? "")) ||
      (m.entity.kind === "country" && speaking.has(m.entity.code));
    const codes =
      m.entity.kind === "pair" && m.entity.of === "countries" ? leadingCountries(doc, 2) : [codeOf(doc, m.entity)];
    for (const code of codes) {
      if (!code || !/^[A-Z]{2}$/.test(code)) continue;
      all.add(code);
      if (inside(ranges, m.start, m.end) && !isSpeaker) named.add(code);
    }
  }
  // Words that name only the speaker's own state ("Russia has called for a review") are about the story too.
  const own = new Set(speakers.map((sp) => sp.country));
  const onlyOwn = [...named].every((code) => own.has(code));
  const about = onlyOwn ? new Set([...named, ...all, ...leadingCountries(doc, 2)]) : named;
  for (const sp of speakers) if (sp.country && /^[A-Z]{2}$/.test(sp.country)) about.add(sp.country);
  return [...about].sort();
}

/** The speaker's own state is named in the words said. */
function selfNamed(doc: Doc, s: Sentence, ranges: Ranges, speakers: Speaker[]): boolean {
  const own = new Set(speakers.map((sp) => sp.country).filter(Boolean));
  return s.entities.some((m) => inside(ranges, m.start, m.end) && own.has(codeOf(doc, m.entity)));
}

/** The quoted words, exactly. */
export function quoteText(doc: Doc, q: Quote | null): string | null {
  return q ? doc.article.text.slice(q.start, q.end) : null;
}

/** How far before a stance word its negation may stand ("did not support", "tidak lagi mendukung"). */
const NEGATION_REACH = 2;

/** "did not deny", "tidak membantah", "did not support Taiwan independence": the word's stance does not hold. */
export function negated(s: Sentence, c: CueMention): boolean {
  // Negative concord: "non abbiamo mai", "nie … nigdy", "не … никогда" say "never" once; a negation word
  // is not cancelled by the negation before it.
  if (hasCue(c, "negation")) return false;
  return s.cues.some((n) => n.t1 <= c.t0 && n.t1 >= c.t0 - NEGATION_REACH && n.t0 >= s.t0 && hasCue(n, "negation"));
}

const inside = (ranges: Ranges, start: number, end: number) => ranges.some(([a, b]) => start >= a && end <= b);
