import { LEADERS } from "../names/leaders";
import type { Span } from "./document";
import type { RawMention } from "./findMentions";
import type { LanguagePack, RoleKind } from "./languages/types";
import { isNameWord, nameRun, nameRunEndingAt, opensWithCommonWord, type NameContext } from "./nameRun";
import { isCapitalized, normalizeWord, phraseWords } from "./tokenize";

/** A role phrase and whom it introduces ("Menteri Luar Negeri Jepang Yoko Kamikawa"). */
export interface RoleReading {
  title: string;
  kind: RoleKind;
  country: string | null;
  /** The role words plus their country and demonstrative ("Presiden Prancis itu"). */
  phrase: Span;
  /** Country mentions that qualify the role rather than speak or act. */
  qualifiers: RawMention[];
  /** The named person: a gazetteer mention (leader or surname) or a new name. Null for a bare role. */
  person: { mention: RawMention } | { name: string; span: Span } | null;
  /**
   * A minister of a named portfolio ("Finance Minister", "ministre de l'Économie"): not the foreign or
   * defence minister a bare "the minister" may be.
   */
  portfolio: boolean;
}

/**
 * How far after a role its person's name may start ("Duta Besar Rusia untuk ASEAN, Arkady Volkonsky",
 * "second secretary of the embassy of Chile in Jakarta, Ana Soto"); only
 * connectors, institution words, states and organisations may stand between.
 */
const RIGHT_REACH = 16;
/** Lower-case words an institution's description may hold ("jefe de la inteligencia militar ucraniana", "head of Georgia's border police"). */
const PLAIN_REACH = 3;
/** How far before a role its country may stand ("China's UN envoy", "Russian deputy envoy"). */
const LEFT_REACH = 5;
const LEFT_SKIP = new Set(["the", "s", "his", "her", "its", "a", "an"]);
const BREAKING_GAP = /[\n.;:!?()"“”„«»]/;
/** "Ambassador to the UN", but "Ambassador to ASEAN". */
const ORGS_WITH_THE = new Set(["UN", "EU"]);

interface Context extends NameContext {
  /** Names may be one word (Indonesian: "Menlu Sugiono", "Laksamana Madya Irvansyah"). */
  singleNames: boolean;
  modifiers: Set<string>;
  deputies: Set<string>;
  connectors: Set<string>;
  demonstratives: Set<string>;
  abbreviations: Set<string>;
  conjunctions: Set<string>;
  determiners: Set<string>;
  /** Prepositions of place and destination: a state after one is where an envoy is posted. */
  postingPreps: Set<string>;
  /** The words of "the two countries" ("двух стран"): a plural title's complement before its names. */
  pairWords: Set<string>;
}

/** The pack's words a role reading needs, read once per pack. */
interface PluralTitle {
  words: string[];
  title: string;
  kind: RoleKind;
}

type PackWords = { plurals: PluralTitle[] } & Pick<
  Context,
  | "connectors"
  | "demonstratives"
  | "modifiers"
  | "deputies"
  | "abbreviations"
  | "conjunctions"
  | "determiners"
  | "postingPreps"
  | "pairWords"
>;

const wordSets = new WeakMap<LanguagePack, PackWords>();

/**
 * Reads every role phrase: its country (after the role in Indonesian, before it in English), and the
 * person it introduces — a known name, or a new capitalised name of 2–4 words, which is how persons
 * outside the gazetteer are discovered. `names` carries the text, its known names and the cue words a
 * name never runs into ("Says").
 */
export function readRoles(names: NameContext, raw: readonly RawMention[], pack: LanguagePack): RoleReading[] {
  const ctx: Context = { ...names, ...packWords(pack), singleNames: SINGLE_NAME_LANGUAGES.has(pack.code) };
  const out: RoleReading[] = [];
  const plurals = pluralRoles(ctx, pack);
  const inPlural = (m: RawMention) => plurals.some((p) => m.t0 < p.t1 && m.t1 > p.t0);
  for (const m of raw) {
    const role = m.refs.find((r) => r.kind === "role");
    if (role?.kind !== "role" || inPlural(m)) continue;
    out.push(readRole(ctx, m, role.title, role.roleKind, role.country ?? null));
  }
  for (const p of plurals) {
    const ref = p.refs[0];
    if (ref.kind !== "role") continue;
    // "Presidents A and B", "los cancilleres A y B": each name listed holds the role; whose state it is
    // the role cannot tell (each has their own).
    const read = readRole(ctx, p, ref.title, ref.roleKind, null);
    const first = { ...read, country: null, person: read.person ?? personPastPlainWords(ctx, p.t1) };
    const listed = [first, ...listedAfter(ctx, first)];
    out.push(...withLeftoverState(ctx, listed, p));
  }
  return out;
}

/** The plural titles of the pack in the text ("Presidents", "министры обороны"), as role mentions of their singular. */
function pluralRoles(ctx: Context, pack: LanguagePack): RawMention[] {
  const phrases = packWords(pack).plurals;
  const out: RawMention[] = [];
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const hit = phrases.find((p) => p.words.every((w, i) => tokens[k + i]?.norm === w));
    if (!hit) continue;
    const t1 = k + hit.words.length;
    out.push({
      start: tokens[k].start,
      end: tokens[t1 - 1].end,
      t0: k,
      t1,
      refs: [{ kind: "role", title: hit.title, roleKind: hit.kind }],
    });
    k = t1 - 1;
  }
  return out;
}

/**
 * "Venezuela y Guyana … los presidentes Nicolás Maduro e Irfaan Ali": when a single listed person is
 * unknown and the sentence names exactly one state that none of the known ones is of, that state is theirs.
 */
function withLeftoverState(ctx: Context, listed: RoleReading[], title: Span): RoleReading[] {
  if (listed.length < 2) return listed;
  const leaderCountry = (r: RoleReading) => {
    const ref = r.person && "mention" in r.person ? r.person.mention.refs[0] : null;
    return ref?.kind === "leader" ? LEADERS[ref.index].country : null;
  };
  const unknown = listed.filter((r) => !leaderCountry(r));
  if (unknown.length !== 1 || unknown[0].person === null || "mention" in unknown[0].person) return listed;
  const known = new Set(listed.map(leaderCountry));
  const states = new Set<string>();
  const [t0, t1] = sentenceAround(ctx, title.t0);
  for (let k = t0; k < t1; k++) {
    const ref = ctx.byStart.get(k)?.refs[0];
    if ((ref?.kind === "country" || ref?.kind === "capital") && !known.has(ref.code)) states.add(ref.code);
  }
  if (states.size !== 1) return listed;
  const [country] = states;
  return listed.map((r) => (r === unknown[0] ? { ...r, country } : r));
}

/** The tokens of the sentence holding token k, as [first, end). */
function sentenceAround(ctx: Context, k: number): [number, number] {
  const ends = (j: number) => {
    const gap = ctx.text.slice(ctx.tokens[j - 1].end, ctx.tokens[j].start);
    const prev = ctx.tokens[j - 1];
    return (
      /[.!?]\s|\n/.test(gap) &&
      !(gap.trim() === "." && (prev.end - prev.start <= 2 || ctx.abbreviations.has(prev.norm)))
    );
  };
  let t0 = k;
  while (t0 > 0 && !ends(t0)) t0--;
  let t1 = k + 1;
  while (t1 < ctx.tokens.length && !ends(t1)) t1++;
  return [t0, t1];
}

/** The further names a plural title lists after its first ("…, B and C"), each read with that title. */
function listedAfter(ctx: Context, first: RoleReading): RoleReading[] {
  const out: RoleReading[] = [];
  const { tokens, text } = ctx;
  let end = first.person ? ("mention" in first.person ? first.person.mention.t1 : first.person.span.t1) : -1;
  while (end > 0 && end < tokens.length) {
    const gap = text.slice(tokens[end - 1].end, tokens[end].start);
    // "A, B and C", "A, B, and C".
    let k: number;
    if (/^\s*,?\s*$/.test(gap) && ctx.conjunctions.has(tokens[end].norm)) k = end + 1;
    else if (/^\s*,\s*$/.test(gap)) k = end;
    else break;
    const person = personAt(ctx, k);
    if (!person) break;
    out.push({ ...first, person, qualifiers: [] });
    end = "mention" in person ? person.mention.t1 : person.span.t1;
  }
  return out;
}

/** How far after a plural title its first name may start ("foreign ministers of the two countries, A and B"). */
const PLURAL_REACH = 6;

/** The first name after a plural title past a few plain words ("министры обороны двух стран Сергей Шойгу"). */
function personPastPlainWords(ctx: Context, k: number): RoleReading["person"] {
  for (let j = k; j < Math.min(ctx.tokens.length, k + PLURAL_REACH); j++) {
    if (j > k && breaks(ctx, j)) return null;
    const person = personAt(ctx, j);
    if (person) return person;
    const norm = ctx.tokens[j].norm;
    if (!plainWord(ctx, j) && !ctx.connectors.has(norm) && !ctx.determiners.has(norm) && !ctx.pairWords.has(norm))
      return null;
  }
  return null;
}

/** A known person or a new name starting at token k, not one a role of its own introduces. */
function personAt(ctx: Context, k: number): RoleReading["person"] {
  if (k >= ctx.tokens.length || breaks(ctx, k)) return null;
  const here = ctx.byStart.get(k);
  const ref = here?.refs[0];
  if (here && ref?.kind === "leader") return { mention: here };
  if (here && ref?.kind === "surname") {
    const run = nameRun(ctx, k);
    return run && run.span.t1 > here.t1 ? { name: run.name, span: run.span } : { mention: here };
  }
  if (here) return null;
  const run = nameRun(ctx, k);
  return run && !opensWithCommonWord(ctx, run.span) ? { name: run.name, span: run.span } : null;
}

function readRole(
  ctx: Context,
  m: RawMention,
  office: string,
  officeKind: RoleKind,
  fixedCountry: string | null,
): RoleReading {
  const { tokens, byStart } = ctx;
  // "Deputy Foreign Minister", "Wakil Perdana Menteri": an official, not the holder of the office.
  const deputy = m.t0 > 0 && ctx.deputies.has(tokens[m.t0 - 1].norm) && !breaks(ctx, m.t0);
  const title = deputy ? `Deputy ${office}` : office;
  const kind: RoleKind = deputy ? "official" : officeKind;
  let country = fixedCountry;
  let org: string | null = null;
  const qualifiers: RawMention[] = [];
  let phraseEnd = m.t1;
  let person: RoleReading["person"] = null;
  // Inside an institution's name ("Pusat Penanggulangan Disinformasi Ukraina", "Komisi I DPR RI"):
  // capitalised words there name the institution, not the person who heads it.
  let institution = false;
  let plainWords = 0;
  for (let k = m.t1, skipped = false; k < Math.min(tokens.length, m.t1 + RIGHT_REACH); skipped = false) {
    const after = afterParenthetical(ctx, k);
    if (after > k) {
      k = after;
      skipped = true;
    }
    if (!skipped && breaks(ctx, k)) break;
    const here = byStart.get(k);
    const ref = here?.refs[0];
    if (here && ref) {
      if (ref.kind === "leader") {
        person = { mention: here };
        break;
      }
      if (ref.kind === "surname") {
        // "Han Ji-woo" is a new person even though "Han" is also a known surname.
        const run = nameRun(ctx, k);
        person = run && run.span.t1 > here.t1 ? { name: run.name, span: run.span } : { mention: here };
        break;
      }
      if (ref.kind === "org") org ??= ref.id;
      else if ((ref.kind === "country" || ref.kind === "capital") && postedTo(ctx, m.t1, k)) {
        // "Chinese Ambassador to the Philippines", "посол России в КНДР": where an envoy is posted, not
        // whose; after any other role the place is the sentence's ("the first visit by a U.S. secretary
        // of state to China").
        if (kind !== "ambassador") break;
        qualifiers.push(here);
      } else if ((ref.kind === "country" || ref.kind === "capital") && !country) {
        country = ref.code;
        qualifiers.push(here);
      } else if (ref.kind === "place")
        institution = true; // "Shanghai Cooperation Organisation", "Governor of Kursk"
      else if (ref.kind !== "country" && ref.kind !== "capital" && ref.kind !== "role") break;
      // A second role stacked on the first ("Wakil Perdana Menteri sekaligus Menteri Pertahanan") reads the same person.
      phraseEnd = k = here.t1;
      continue;
    }
    const norm = tokens[k].norm;
    if (ctx.demonstratives.has(norm)) {
      phraseEnd = k + 1;
      break;
    }
    if (norm === "s" && /^['’]$/.test(ctx.text.slice(tokens[k - 1].end, tokens[k].start))) {
      k++;
      continue;
    }
    // "the Chinese leader and French President Emmanuel Macron": "and" before another role (its
    // state or an article may lead it: "y el presidente ruso") joins a second person; the first role stays bare.
    if (
      ctx.conjunctions.has(norm) &&
      (secondRole(ctx, k + 1) || (ctx.connectors.has(tokens[k + 1]?.norm) && secondRole(ctx, k + 2)))
    )
      break;
    if (ctx.connectors.has(norm) || ctx.nonName.has(norm)) {
      // A capitalised institution word, or any complement after a preposition ("Minister of Minerals",
      // "Coordinator for Strategic Communications"), opens an institution's or portfolio's name.
      // Abbreviated ranks and honorifics ("Maj Gen", "Dr") stand before a name, not an institution's.
      if (ctx.connectors.has(norm) || (isCapitalized(ctx.text, tokens[k].start) && !ctx.abbreviations.has(norm)))
        institution = true;
      k++;
      continue;
    }
    const run = nameRun(ctx, k);
    // A name right after a preposition is the role's complement ("head of the International Monetary
    // Fund", "Coordinator for Strategic Communications"): the person comes after it, if at all.
    const complement = k > m.t1 && ctx.connectors.has(tokens[k - 1].norm);
    // Capitalised words right after the role and right before its state are its portfolio
    // ("Menteri Perdagangan Kenya", "Menteri Sumber Daya Mineral Brasil"): the person follows the state.
    const portfolioEnd = k === m.t1 && isCapitalized(ctx.text, tokens[k].start) ? (run?.span.t1 ?? k + 1) : -1;
    if (portfolioEnd > k && stateAt(ctx, portfolioEnd)) {
      institution = true;
      k = portfolioEnd;
      continue;
    }
    // Right after the role's state, a name is its holder even when a place follows ("Menteri Keuangan
    // Mesir Sadiq Alwani di Kairo"), not an institution of that place.
    const afterState = qualifiers.at(-1)?.t1 === k;
    if (
      run &&
      (complement ||
        institutionFollows(ctx, run.span.t1) ||
        (institution && ((!afterState && stateFollows(ctx, run.span.t1)) || nameAfterComma(ctx, run.span.t1))))
    ) {
      institution = true;
      k = run.span.t1;
      continue;
    }
    if (run) person = { name: run.name, span: run.span };
    else if (ctx.singleNames && (country ?? "ID") === "ID" && singleName(ctx, k))
      person = {
        name: ctx.text.slice(tokens[k].start, tokens[k].end),
        span: { start: tokens[k].start, end: tokens[k].end, t0: k, t1: k + 1 },
      };
    else if (isAcronym(ctx, k)) {
      // An institution's acronym ("Direktur CIA William Burns", "Kepala BIN", "head of the FBI").
      institution = true;
      k++;
      continue;
    } else if (
      institution &&
      (isCapitalized(ctx.text, tokens[k].start) || (plainWords++ < PLAIN_REACH && plainWord(ctx, k)))
    ) {
      k++;
      continue;
    }
    break;
  }
  if (!country) {
    const left = countryBefore(ctx, m.t0);
    if (left) {
      country = left.code;
      qualifiers.push(left.mention);
      org ??= left.org;
    }
  }
  const fullTitle = org && kind === "ambassador" ? `${title} to ${ORGS_WITH_THE.has(org) ? "the " : ""}${org}` : title;
  const t0 = Math.min(m.t0, ...qualifiers.map((q) => q.t0));
  const phrase = { start: tokens[t0].start, end: tokens[phraseEnd - 1].end, t0, t1: phraseEnd };
  if (!person) person = appositiveBefore(ctx, t0);
  const portfolio = kind === "minister" && (office !== "Minister" || institution);
  return { title: fullTitle, kind, country, phrase, qualifiers, person, portfolio };
}

/** A preposition of place or destination ("to", "in", "w", "в"), past an article, leads the state at `k` after the role. */
function postedTo(ctx: Context, roleEnd: number, k: number): boolean {
  const before = k - 1 > roleEnd && ctx.determiners.has(ctx.tokens[k - 1].norm) ? k - 2 : k - 1;
  return before >= roleEnd && ctx.postingPreps.has(ctx.tokens[before].norm);
}

/** Languages whose persons may have a single name. */
const SINGLE_NAME_LANGUAGES = new Set(["id"]);

/**
 * One name word of a national official, closed by a verb or a punctuation mark ("Laksamana Madya Irvansyah
 * mengatakan", "Menlu Sugiono,"): not a title's word before a name ("Presiden Terpilih Prabowo") nor a
 * portfolio's in a list ("untuk Terorisme dan Intelijen").
 */
function singleName(ctx: Context, k: number): boolean {
  const next = ctx.tokens[k + 1];
  const gap = ctx.text.slice(ctx.tokens[k].end, next?.start ?? ctx.text.length);
  return (
    isNameWord(ctx, k) &&
    ctx.tokens[k].end - ctx.tokens[k].start >= SINGLE_NAME_MIN &&
    !ctx.lowercase.has(ctx.tokens[k].norm) &&
    (/^\s*[,.;:]/.test(gap) || (!!next && ctx.cueTokens.has(k + 1) && !ctx.conjunctions.has(next.norm))) &&
    !partOfLongerName(ctx, k)
  );
}

const openers = new WeakMap<Context, ReadonlySet<string>>();

/**
 * The word is part of a longer name elsewhere in the text ("Pangeran Faisal" of "Faisal bin Farhan"): a
 * short form, not a name. The words of longer names are read once per text.
 */
function partOfLongerName(ctx: Context, k: number): boolean {
  let words = openers.get(ctx);
  if (!words) {
    const found = new Set<string>();
    ctx.tokens.forEach((t, j) => {
      if (isNameWord(ctx, j + 1) || ctx.byStart.has(j) || ctx.byEnd.has(j + 1)) found.add(t.norm);
    });
    openers.set(ctx, (words = found));
  }
  return words.has(ctx.tokens[k].norm);
}

/** Letters a single name has at least ("Sugiono", not "Pak"). */
const SINGLE_NAME_MIN = 4;

/** Capitalised words of a portfolio a role's state may stand before ("Kenyan Trade Minister", "South Korea's Unification Minister"). */
const PORTFOLIO_WORDS = 2;

/** "Russian Foreign Minister", "Japan's Foreign Minister", "China's UN envoy", "State Department spokesman", "Kenyan Trade Minister". */
function countryBefore(ctx: Context, t0: number): { code: string; mention: RawMention; org: string | null } | null {
  let org: string | null = null;
  let portfolio = 0;
  for (let k = t0; k > 0 && t0 - k < LEFT_REACH;) {
    if (breaks(ctx, k)) return null;
    const m = ctx.byEnd.get(k);
    const ref = m?.refs[0];
    if (m && ref?.kind === "org") {
      org = ref.id;
      k = m.t0;
    } else if (m && (ref?.kind === "country" || ref?.kind === "capital")) return { code: ref.code, mention: m, org };
    // "The Egyptian army's chief of staff": an institution word between state and role.
    else if (ctx.modifiers.has(ctx.tokens[k - 1].norm) || ctx.nonName.has(ctx.tokens[k - 1].norm)) k--;
    // A portfolio's capitalised words, not a known name and not a cue ("said"): "Kenyan Trade Minister".
    else if (
      !m &&
      isCapitalized(ctx.text, ctx.tokens[k - 1].start) &&
      !ctx.cueTokens.has(k - 1) &&
      portfolio++ < PORTFOLIO_WORDS
    )
      k--;
    else return null;
  }
  return null;
}

/** A state, its capital or an organisation mentioned at token j. */
function stateAt(ctx: Context, j: number): boolean {
  const kind = ctx.byStart.get(j)?.refs[0]?.kind;
  return kind === "country" || kind === "capital" || kind === "org";
}

/** "Yoko Kamikawa, Japan's foreign minister", "Sabrina Singh, Deputy Spokesperson for …": the name before a comma before the role. */
function appositiveBefore(ctx: Context, t0: number): RoleReading["person"] {
  let k = t0;
  while (k > 0 && ctx.modifiers.has(ctx.tokens[k - 1].norm) && !breaks(ctx, k)) k--;
  if (k === 0 || !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start))) return null;
  const m = ctx.byEnd.get(k);
  if (m && m.refs[0]?.kind === "leader") return { mention: m };
  if (m) return null;
  const run = nameRunEndingAt(ctx, k - 1);
  // The name must open its clause: "Jenderal Abdourahamane Tchiani, komandan …" is read from its own role.
  return run && clauseOpensAt(ctx, run.span.t0) && !opensWithCommonWord(ctx, run.span)
    ? { name: run.name, span: run.span }
    : null;
}

/** Nothing but a clause boundary or a cue (a verb) before token k: not "at the World Economic Forum, the chairman". */
function clauseOpensAt(ctx: Context, k: number): boolean {
  if (k === 0 || breaks(ctx, k) || /,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)))
    return true;
  const prev = ctx.tokens[k - 1].norm;
  return ctx.cueTokens.has(k - 1) && !ctx.connectors.has(prev) && !ctx.modifiers.has(prev);
}

/** A state or organisation right after a capitalised run (connectors aside): the run names an institution of it. */
function stateFollows(ctx: Context, k: number): boolean {
  for (let j = k; j < ctx.tokens.length && j < k + 3; j++) {
    if (j > k - 1 && /,/.test(ctx.text.slice(ctx.tokens[j - 1].end, ctx.tokens[j].start))) return false;
    if (ctx.byStart.get(j)?.refs[0]) return stateAt(ctx, j);
    if (!ctx.connectors.has(ctx.tokens[j].norm)) return false;
  }
  return false;
}

/** A word of two to six capitals ("CIA", "DPR"). */
const isAcronym = (ctx: Context, k: number) =>
  /^\p{Lu}{2,6}$/u.test(ctx.text.slice(ctx.tokens[k].start, ctx.tokens[k].end));

/** A lower-case content word: not a cue (verbs end the role phrase) nor a stopword. */
const plainWord = (ctx: Context, k: number) =>
  !ctx.cueTokens.has(k) &&
  !ctx.stopwords.has(ctx.tokens[k].norm) &&
  /^\p{Ll}+$/u.test(ctx.text.slice(ctx.tokens[k].start, ctx.tokens[k].end));

/**
 * An institution word and then its state soon after a capitalised run: the run names a department
 * of it ("Direktur Jenderal Asia Timur dan Pasifik Kemlu RI Abdul Kadir Jailani").
 */
function institutionFollows(ctx: Context, k: number): boolean {
  const { text, tokens } = ctx;
  let institutionWord = false;
  let j = k;
  for (
    ;
    j < tokens.length &&
    j < k + 5 &&
    !ctx.byStart.has(j) &&
    /^[ \t]+$/.test(text.slice(tokens[j - 1].end, tokens[j].start));
    j++
  ) {
    const capital = isCapitalized(text, tokens[j].start);
    if (capital && ctx.nonName.has(tokens[j].norm)) institutionWord = true;
    else if (!capital && !ctx.connectors.has(tokens[j].norm)) return false;
  }
  const ref = ctx.byStart.get(j)?.refs[0];
  return institutionWord && !!ref && (ref.kind === "country" || ref.kind === "capital");
}

/** A name set off by a comma right at token k ("Sprecherin des Weißen Hauses, Karine Jean-Pierre"). */
function nameAfterComma(ctx: Context, k: number): boolean {
  if (k >= ctx.tokens.length || !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)))
    return false;
  return ctx.byStart.get(k)?.refs[0].kind === "leader" || !!nameRun(ctx, k);
}

/** The token after a short parenthesis opening before token k ("… militar ucraniana (GUR), Kirilo Budánov"), else k. */
function afterParenthetical(ctx: Context, k: number): number {
  const { text, tokens } = ctx;
  if (k <= 0 || k >= tokens.length || !/^\s*\(\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
  for (let j = k; j < Math.min(tokens.length - 1, k + 3); j++) {
    const gap = text.slice(tokens[j].end, tokens[j + 1].start);
    if (/^\s*\)[\s,]*$/.test(gap)) return j + 1;
    if (gap.trim()) return k;
  }
  return k;
}

/** A role starts at token k, or right after a state's name there ("Russian President"). */
function secondRole(ctx: Context, k: number): boolean {
  const here = ctx.byStart.get(k);
  if (here?.refs.some((r) => r.kind === "role")) return true;
  const state = here?.refs[0]?.kind === "country" || here?.refs[0]?.kind === "capital";
  return !!here && state && !!ctx.byStart.get(here.t1)?.refs.some((r) => r.kind === "role");
}

/** A sentence or clause boundary between token k-1 and token k. */
function breaks(ctx: Context, k: number): boolean {
  if (k <= 0 || k >= ctx.tokens.length) return true;
  const prev = ctx.tokens[k - 1];
  const gap = ctx.text.slice(prev.end, ctx.tokens[k].start);
  // A period after an initial or an abbreviated rank ("Brig. Gen. Pat Ryder", "Sen. Ana Reyes") does not end the clause.
  return (
    BREAKING_GAP.test(gap) && !(gap.trim() === "." && (prev.end - prev.start <= 2 || ctx.abbreviations.has(prev.norm)))
  );
}

function packWords(pack: LanguagePack): PackWords {
  let w = wordSets.get(pack);
  if (!w) {
    const set = (xs: string[]) => new Set(xs.map(normalizeWord));
    w = {
      connectors: set(pack.connectors),
      demonstratives: set(pack.references.demonstratives),
      modifiers: set([...LEFT_SKIP, ...pack.roleModifiers]),
      deputies: set(pack.deputyWords ?? []),
      abbreviations: set(pack.abbreviations),
      conjunctions: set(pack.references.conjunctions),
      determiners: set(pack.references.determiners),
      postingPreps: set([...pack.meeting.destinationPreps, ...pack.meeting.locationPreps]),
      pairWords: new Set(pack.references.countryPairs.flatMap(phraseWords)),
      plurals: Object.entries(pack.meeting.pluralRoles ?? {}).flatMap(([phrase, title]) => {
        const cue = pack.roles.find((r) => r.title === title && !r.country);
        return cue ? [{ words: phraseWords(phrase), title, kind: cue.kind }] : [];
      }),
    };
    wordSets.set(pack, w);
  }
  return w;
}
