import type { Span } from "./document";
import type { RawMention } from "./findMentions";
import type { LanguagePack, RoleKind } from "./languages/types";
import { isCapitalized, normalizeWord, type Token } from "./tokenize";
import { transliterateName } from "./transliterate";

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
}

/** How far after a role its person's name may start ("Duta Besar Rusia untuk ASEAN, Arkady Volkonsky"). */
const RIGHT_REACH = 9;
/** How far before a role its country may stand ("China's UN envoy", "Russian deputy envoy"). */
const LEFT_REACH = 5;
const LEFT_SKIP = new Set(["the", "s", "his", "her", "its", "a", "an"]);
/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(["bin", "binti", "al", "el", "da", "de", "del", "dos", "van", "von", "der", "le", "la"]);
const BREAKING_GAP = /[\n.;:!?()"“”„«»]/;
/** "Ambassador to the UN", but "Ambassador to ASEAN". */
const ORGS_WITH_THE = new Set(["UN", "EU"]);

interface Context {
  modifiers: Set<string>;
  text: string;
  tokens: readonly Token[];
  byStart: Map<number, RawMention>;
  byEnd: Map<number, RawMention>;
  cueTokens: Set<number>;
  nonName: Set<string>;
  connectors: Set<string>;
  demonstratives: Set<string>;
}

const wordSets = new WeakMap<LanguagePack, Pick<Context, "nonName" | "connectors" | "demonstratives" | "modifiers">>();

/**
 * Reads every role phrase: its country (after the role in Indonesian, before it in English), and the
 * person it introduces — a known name, or a new capitalised name of 2–4 words, which is how persons
 * outside the gazetteer are discovered. `cueTokens` are words a name never runs into ("Says").
 */
export function readRoles(text: string, tokens: readonly Token[], raw: readonly RawMention[], cueTokens: Set<number>, pack: LanguagePack): RoleReading[] {
  const ctx: Context = {
    text,
    tokens,
    byStart: new Map(raw.map((m) => [m.t0, m])),
    byEnd: new Map(raw.map((m) => [m.t1, m])),
    cueTokens,
    ...packWords(pack),
  };
  const out: RoleReading[] = [];
  for (const m of raw) {
    const role = m.refs.find((r) => r.kind === "role");
    if (role?.kind !== "role") continue;
    out.push(readRole(ctx, m, role.title, role.roleKind, role.country ?? null));
  }
  return out;
}

function readRole(ctx: Context, m: RawMention, title: string, kind: RoleKind, fixedCountry: string | null): RoleReading {
  const { tokens, byStart } = ctx;
  let country = fixedCountry;
  let org: string | null = null;
  const qualifiers: RawMention[] = [];
  let phraseEnd = m.t1;
  let person: RoleReading["person"] = null;
  for (let k = m.t1; k < Math.min(tokens.length, m.t1 + RIGHT_REACH); ) {
    if (breaks(ctx, k)) break;
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
      else if ((ref.kind === "country" || ref.kind === "capital") && !country) {
        country = ref.code;
        qualifiers.push(here);
      } else if (ref.kind !== "country" && ref.kind !== "capital") break;
      phraseEnd = k = here.t1;
      continue;
    }
    const norm = tokens[k].norm;
    if (ctx.demonstratives.has(norm)) {
      phraseEnd = k + 1;
      break;
    }
    if (ctx.connectors.has(norm) || ctx.nonName.has(norm)) {
      k++;
      continue;
    }
    const run = nameRun(ctx, k);
    if (run) person = { name: run.name, span: run.span };
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
  return { title: fullTitle, kind, country, phrase, qualifiers, person };
}

/** A capitalised name of 2–4 words starting at token k ("Arkady Volkonsky", "Han Ji-woo"). */
function nameRun(ctx: Context, k: number): { name: string; span: Span } | null {
  const { text, tokens } = ctx;
  if (!isNameWord(ctx, k)) return null;
  let last = k;
  for (let j = k + 1; j < tokens.length && j - k < 5; j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (mentionAt(ctx, j) || ctx.cueTokens.has(j)) break;
    if (gap === "-" || gap === "‑") last = j;
    else if (gap !== " ") break;
    else if (isNameWord(ctx, j)) last = j;
    else if (NAME_PARTICLES.has(tokens[j].norm) && j + 1 < tokens.length && isNameWord(ctx, j + 1)) continue;
    else break;
  }
  const count = last - k + 1;
  if (count < 2 || count > 4) return null;
  const span = { start: tokens[k].start, end: tokens[last].end, t0: k, t1: last + 1 };
  // Persons are named in English spelling: a Russian "Сергей Рябков" is "Sergey Ryabkov".
  return { name: transliterateName(text.slice(span.start, span.end).replace(/\s+/g, " ")), span };
}

function isNameWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  const word = ctx.text.slice(t.start, t.end);
  return isCapitalized(ctx.text, t.start) && /\p{Ll}/u.test(word) && !ctx.nonName.has(t.norm) && !ctx.cueTokens.has(k) && !mentionAt(ctx, k);
}

/** A known name starts at token k (a bare surname does not count: it may begin a longer new name). */
const mentionAt = (ctx: Context, k: number) => {
  const m = ctx.byStart.get(k);
  return !!m && m.refs[0].kind !== "surname";
};

/** "Russian Foreign Minister", "Japan's Foreign Minister", "China's UN envoy", "State Department spokesman". */
function countryBefore(ctx: Context, t0: number): { code: string; mention: RawMention; org: string | null } | null {
  let org: string | null = null;
  for (let k = t0; k > 0 && t0 - k < LEFT_REACH; ) {
    if (breaks(ctx, k)) return null;
    const m = ctx.byEnd.get(k);
    const ref = m?.refs[0];
    if (m && ref?.kind === "org") {
      org = ref.id;
      k = m.t0;
    } else if (m && (ref?.kind === "country" || ref?.kind === "capital")) return { code: ref.code, mention: m, org };
    else if (ctx.modifiers.has(ctx.tokens[k - 1].norm)) k--;
    else return null;
  }
  return null;
}

/** "Yoko Kamikawa, Japan's foreign minister": the name before a comma before the role. */
function appositiveBefore(ctx: Context, t0: number): RoleReading["person"] {
  let k = t0;
  while (k > 0 && LEFT_SKIP.has(ctx.tokens[k - 1].norm) && !breaks(ctx, k)) k--;
  if (k === 0 || !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start))) return null;
  const m = ctx.byEnd.get(k);
  if (m && m.refs[0]?.kind === "leader") return { mention: m };
  return null;
}

/** A sentence or clause boundary between token k-1 and token k. */
function breaks(ctx: Context, k: number): boolean {
  if (k <= 0 || k >= ctx.tokens.length) return true;
  const prev = ctx.tokens[k - 1];
  const gap = ctx.text.slice(prev.end, ctx.tokens[k].start);
  return BREAKING_GAP.test(gap) && !(gap.trim() === "." && prev.end - prev.start <= 2);
}

function packWords(pack: LanguagePack): Pick<Context, "nonName" | "connectors" | "demonstratives" | "modifiers"> {
  let w = wordSets.get(pack);
  if (!w) {
    const set = (xs: string[]) => new Set(xs.map(normalizeWord));
    w = {
      nonName: set(pack.nonNameWords),
      connectors: set(pack.connectors),
      demonstratives: set(pack.references.demonstratives),
      modifiers: set([...LEFT_SKIP, ...pack.roleModifiers]),
    };
    wordSets.set(pack, w);
  }
  return w;
}
