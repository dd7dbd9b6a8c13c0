import { FAMILY_NAME_FIRST, LEADERS, type Leader } from "../names/leaders";
import type { CueMention, Entity, EntityMention, PersonRecord, Span } from "./document";
import type { RoleFact } from "./facts";
import type { RawMention } from "./findMentions";
import type { LanguagePack, RoleKind } from "./languages/types";
import { leaderOfLongForm } from "./leaderOfLongForm";
import { NAME_PARTICLES, nameContext } from "./nameRun";
import { readRoles, type RoleReading } from "./readRoles";
import { namedPersons, type NamedPerson } from "./namedPersons";
import { speakerNames } from "./speakerNames";
import type { RefDate } from "./resolveDates";
import { roleKindOf, roleKindsMatch } from "./roleKinds";
import { referenceWords } from "./sentenceQueries";
import { isCapitalized, normalizeWord, type Token } from "./tokenize";

/** How many characters back "the group" may point to the organisation it stands for (a few sentences). */
const GROUP_REFERENCE_REACH = 600;
/** Where the first word of a name may be the family name: those written family name first, and Japanese names, written either way. */
const FAMILY_WORD_FIRST = new Set([...FAMILY_NAME_FIRST, "JP"]);
/**
 * Where a later mention uses the first name ("Airlangga", "Anwar", "Anutin"): Indonesian, Malaysian
 * and Thai names; and, in an Indonesian article, a person whose state it does not give (the outlet's
 * own officials go unqualified).
 */
const GIVEN_NAME_SHORT = new Set(["ID", "MY", "TH"]);

interface Hint {
  country: string | null;
  kind: RoleKind;
  /** A named portfolio: only a holder of that kind of office answers, not any minister (readRoles). */
  portfolio?: boolean;
}

/**
 * Turns gazetteer matches into the article's entities: persons (gazetteer names, names introduced by
 * a role, later short forms such as "Putin" or "Kim", and bare roles such as "Presiden Prancis itu"
 * pointing back to someone named), states, places, organisations, agencies, and "both sides" /
 * pronoun references for the fact builders to resolve.
 */
export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  raw: readonly RawMention[],
  cues: readonly CueMention[],
  pack: LanguagePack,
  ref: RefDate | null,
): { persons: Map<string, PersonRecord>; mentions: EntityMention[] } {
  const persons = new Map<string, PersonRecord>();
  const mentions: EntityMention[] = [];
  const mention = (key: string, span: Span) => {
    persons.get(key)!.mentions.push(span);
    mentions.push(entityMention(span, { kind: "person", key }));
  };
  const leaderRecord = (i: number): string => {
    const l = LEADERS[i];
    if (!persons.has(l.name))
      persons.set(l.name, { name: l.name, country: l.country, roles: [], short: [], mentions: [] });
    return l.name;
  };
  const addRole = (key: string, r: RoleReading) => {
    const p = persons.get(key)!;
    p.country ??= r.country;
    const country = r.country ?? p.country;
    if (r.title !== "Counterpart" && !p.roles.some((x) => x.title === r.title && x.country === country))
      p.roles.push({ title: r.title, country });
  };

  // A new name, keyed by its normalised words so that spellings differing only in accents, hyphens or
  // case ("Kim Hong-kyun", "Kim Hong Kyun"; "Gnassingbé", "Gnassingbe") are one person.
  const discoveredShort = new Map<string, string>();
  const discover = (name: string, span: Span, country: string | null): string => {
    const key = `new:${tokens
      .slice(span.t0, span.t1)
      .map((t) => t.norm)
      .join(" ")}`;
    if (!persons.has(key)) {
      const short = shortForms(text, tokens, span, country ?? (pack.code === "id" ? "ID" : null));
      persons.set(key, { name, country, roles: [], short, mentions: [] });
      for (const s of persons.get(key)!.short) discoveredShort.set(s, key);
    }
    return key;
  };

  // 1. Full gazetteer names.
  for (const m of raw) {
    const r = m.refs[0];
    if (r.kind === "leader") mention(leaderRecord(r.index), m);
  }
  // 2. Role phrases: roles for named persons, new persons, and deferred short forms and bare roles.
  // Nouns for a government or the media ("inteligencia", "ministry") describe an institution; other cues (verbs) end a role phrase.
  const cueTokens = new Set<number>();
  for (const c of cues)
    if (c.cues.some((x) => x.kind !== "government" && x.kind !== "media"))
      for (let k = c.t0; k < c.t1; k++) cueTokens.add(k);
  const names = nameContext(text, tokens, raw, cueTokens, pack);
  const readings = readRoles(names, raw, pack);
  const hinted = new Map<RawMention, RoleReading>();
  const bare: RoleReading[] = [];
  const qualifiers = new Set<RawMention>();
  for (const r of readings) {
    const p = r.person;
    // A state qualifying a named person ("Presiden Prancis Emmanuel Macron") is not itself an actor; one
    // qualifying a bare role ("juru bicara Gedung Putih mengatakan") still speaks for its state.
    if (p) r.qualifiers.forEach((q) => qualifiers.add(q));
    if (p && "mention" in p) {
      const ref0 = p.mention.refs[0];
      if (ref0.kind === "leader") addRole(LEADERS[ref0.index].name, r);
      else hinted.set(p.mention, r);
    } else if (p && leaderOfLongForm(tokens, p.span) !== null) {
      const key = leaderRecord(leaderOfLongForm(tokens, p.span)!);
      mention(key, p.span);
      addRole(key, r);
    } else if (p) {
      const key = discover(p.name, p.span, r.country);
      mention(key, p.span);
      addRole(key, r);
    } else bare.push(r);
  }
  // Persons no role introduced: speakers ("kata Rina Wulandari", "Teresa Ruiz said"), persons named
  // outright ("bernama …") and leaders listed by their countries ("Patrice Talon dari Benin").
  const unroled: NamedPerson[] = [
    ...speakerNames(names, cues).map((s) => ({ ...s, country: null })),
    ...namedPersons(names, pack),
  ];
  for (const s of unroled) {
    const country = s.country;
    const known = leaderOfLongForm(tokens, s.span);
    if (known !== null) {
      mention(leaderRecord(known), s.span);
      continue;
    }
    const key = discover(s.name, s.span, country);
    const p = persons.get(key)!;
    if (country && !p.country) {
      // "Presiden Macky Sall dari Senegal": the list's country is the country of the role read before it.
      p.country = country;
      p.roles = p.roles.map((r) => (r.country ? r : { ...r, country }));
    }
    mention(key, s.span);
  }
  // 3. Short forms: gazetteer surnames and the short forms of persons discovered above.
  const named = new Set<number>();
  for (const x of mentions) if (x.entity.kind === "person") for (let k = x.t0; k < x.t1; k++) named.add(k);
  const familyNameOf = familyNames(persons, tokens);
  for (const m of raw) {
    if (m.refs[0].kind !== "surname") continue;
    // "Kim" inside "Kim Hong-kyun", already a person: the surname is part of that name, not a second person.
    if (named.has(m.t0)) continue;
    const r = hinted.get(m);
    const discovered = discoveredShort.get(tokens[m.t0].norm) ?? familyNameOf(m);
    if (discovered && m.t1 - m.t0 === 1) {
      mention(discovered, m);
      continue;
    }
    const key = resolveShort(
      persons,
      m.refs.map((x) => (x.kind === "surname" ? x.index : -1)),
      m,
      r ? { country: r.country, kind: r.kind } : null,
      leaderRecord,
    );
    if (key) {
      mention(key, m);
      if (r) addRole(key, r);
    }
  }
  if (discoveredShort.size) {
    const covered = coveredTokens(raw, mentions);
    tokens.forEach((t, k) => {
      const key = discoveredShort.get(t.norm);
      if (key && !covered.has(k) && isCapitalized(text, t.start))
        mention(key, { start: t.start, end: t.end, t0: k, t1: k + 1 });
    });
  }
  const { definites, demonstratives, modifiers } = pointerWords(pack);
  const indefinites = referenceWords(pack, "indefiniteArticles");
  const pairs = cues.filter((c) => c.cues.some((x) => x.kind === "personPair"));
  const articleBefore = (phrase: Span) => {
    let k = phrase.t0 - 1;
    while (k >= 0 && modifiers.has(tokens[k].norm)) k--;
    return k >= 0 ? tokens[k].norm : null;
  };
  const pointsBack = (phrase: Span) => {
    const article = articleBefore(phrase);
    const last = phrase.t1 - 1;
    if (pairs.some((c) => c.t0 < phrase.t1 && c.t1 > phrase.t0)) return false;
    return (
      (article !== null && definites.has(article)) ||
      (demonstratives.has(tokens[last].norm) && !/,/.test(text.slice(tokens[last - 1].end, tokens[last].start)))
    );
  };
  // 4. Bare roles point back to a person already named with that role; an unnamed holder speaks for the role's state.
  const holders = new Set<RawMention>();
  const personEnds = new Map<number, string>();
  for (const m of mentions) if (m.entity.kind === "person") personEnds.set(m.end, m.entity.key);
  for (const r of bare) {
    // "John Kirby, coordinator … at the White House, said": a role set off by a comma right after a name is that
    // person's, not a pointer to someone else the article gave a role of that kind. It stands for the name before it
    // (the speaker is found through it), without counting as another mention of the person.
    const apposed = appositionOf(text, personEnds, r.phrase);
    if (apposed) {
      mentions.push(entityMention(r.phrase, { kind: "person", key: apposed }));
      r.qualifiers.forEach((q) => qualifiers.add(q));
      continue;
    }
    if (!r.country) {
      // "The minister said", "Menteri itu mengatakan": a definite role with neither state nor name is the person of
      // that role named last before it; not "a minister", "kepala negara" (someone new, or several), nor an "official".
      const last =
        r.kind !== "official" && !r.portfolio && pointsBack(r.phrase)
          ? lastWithRole(persons, r.kind, r.phrase, ref)
          : null;
      if (last) mention(last, r.phrase);
      continue;
    }
    // "A U.S. secretary of state", "seorang menteri Rusia": someone of that office, not the one holding it now.
    const generic = indefinites.has(articleBefore(r.phrase) ?? "");
    const key = generic
      ? null
      : personWithRole(persons, { country: r.country, kind: r.kind, portfolio: r.portfolio }, ref);
    if (!key) {
      r.qualifiers.forEach((q) => holders.add(q));
      continue;
    }
    mention(key, r.phrase);
    r.qualifiers.forEach((q) => qualifiers.add(q));
  }
  // 5. Everything else that names an entity.
  for (const m of raw) {
    const r = m.refs[0];
    const inRole = qualifiers.has(m) || undefined;
    const holder = holders.has(m) || undefined;
    if (r.kind === "country")
      mentions.push(entityMention(m, { kind: "country", code: r.code, form: r.form }, inRole, holder));
    else if (r.kind === "capital")
      mentions.push(entityMention(m, { kind: "country", code: r.code, form: "capital", city: r.city }, inRole, holder));
    else if (r.kind === "place") mentions.push(entityMention(m, { kind: "place", city: r.city, country: r.country }));
    else if (r.kind === "org") mentions.push(entityMention(m, { kind: "org", id: r.id }));
    else if (r.kind === "agency") mentions.push(entityMention(m, { kind: "agency", name: r.name, country: r.country }));
  }
  const orgs = mentions.filter((m) => m.entity.kind === "org");
  for (const c of cues) {
    // "Hamas fired rockets … The group said": the organisation named last, not long before.
    if (c.cues.some((x) => x.kind === "groupReference")) {
      const last = orgs.filter((m) => m.end <= c.start && c.start - m.end <= GROUP_REFERENCE_REACH).at(-1);
      if (last) mentions.push(entityMention(c, last.entity));
      continue;
    }
    const kind = c.cues.find((x) => x.kind === "personPair" || x.kind === "countryPair" || x.kind === "pronoun")?.kind;
    if (kind === "pronoun") mentions.push(entityMention(c, { kind: "pronoun" }));
    else if (kind)
      mentions.push(entityMention(c, { kind: "pair", of: kind === "personPair" ? "persons" : "countries" }));
  }
  for (const p of persons.values()) {
    if (p.roles.length === 0) p.roles = gazetteerRoles(p.name, ref);
    if (!leaderByName.has(p.name) && p.mentions.length > 1) dropSecondSurname(text, tokens, p);
  }
  return { persons, mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end) };
}

const pointerSets = new WeakMap<
  LanguagePack,
  { definites: ReadonlySet<string>; demonstratives: ReadonlySet<string>; modifiers: ReadonlySet<string> }
>();

/** The words that make a bare role point back ("the minister", "Menteri itu"), and the modifiers between, once per pack. */
function pointerWords(pack: LanguagePack) {
  let words = pointerSets.get(pack);
  if (!words) {
    const set = (xs: string[]) => new Set(xs.map(normalizeWord));
    words = {
      definites: set(pack.references.definiteArticles ?? []),
      demonstratives: set(pack.references.demonstratives),
      modifiers: set(pack.roleModifiers),
    };
    pointerSets.set(pack, words);
  }
  return words;
}

const entityMention = (m: Span, entity: Entity, inRole?: true, holder?: true): EntityMention => ({
  start: m.start,
  end: m.end,
  t0: m.t0,
  t1: m.t1,
  entity,
  inRole,
  holder,
});

/**
 * A discovered name that begins with this family name ("Kim Hong-kyun … Kim said"), when it is the
 * last full name before it that begins with that word: where the family name comes first, the later
 * "Kim" is that person, not a gazetteer Kim named earlier ("Kim Jong Un"). Built once: full names by
 * their first word, in order, searched by halves.
 */
function familyNames(persons: Map<string, PersonRecord>, tokens: readonly Token[]): (m: Span) => string | undefined {
  const byFirst = new Map<string, Array<{ key: string; t0: number; t1: number }>>();
  for (const [key, p] of persons)
    for (const x of p.mentions) {
      if (x.t1 - x.t0 < 2) continue;
      const norm = tokens[x.t0].norm;
      if (!byFirst.has(norm)) byFirst.set(norm, []);
      byFirst.get(norm)!.push({ key, t0: x.t0, t1: x.t1 });
    }
  for (const list of byFirst.values()) list.sort((a, b) => a.t1 - b.t1);
  return (m) => {
    const list = byFirst.get(tokens[m.t0].norm);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].t1 <= m.t0) lo = mid + 1;
      else hi = mid;
    }
    const last = list[lo - 1];
    return last?.key.startsWith("new:") ? last.key : undefined;
  };
}

/** Short forms of a newly discovered name: the surname, and the family name where it comes first. */
function shortForms(text: string, tokens: readonly Token[], s: Span, country: string | null): string[] {
  const forms = [tokens[s.t1 - 1].norm];
  if (country && (FAMILY_WORD_FIRST.has(country) || GIVEN_NAME_SHORT.has(country))) forms.push(tokens[s.t0].norm);
  const second = firstOfTwoSurnames(text, tokens, s);
  if (second !== null) forms.push(tokens[second].norm);
  return forms.filter((f) => f.length > 2 && !NAME_PARTICLES.has(f));
}

/**
 * In "Tomás Herrera Gómez" the token of "Herrera", which may be the first of two surnames (Spanish,
 * Portuguese): a name of three or more words whose last two are single words (not "Díaz-Balart").
 */
function firstOfTwoSurnames(text: string, tokens: readonly Token[], s: Span): number | null {
  if (s.t1 - s.t0 < 3) return null;
  const t = s.t1 - 2;
  const apart = (k: number) => /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  return apart(t) && apart(t + 1) && !NAME_PARTICLES.has(tokens[t].norm) ? t : null;
}

/**
 * A person named in full with two surnames and later by the first alone is known by the first
 * ("Tomás Herrera Gómez … Herrera" is Tomás Herrera), as English writes such names.
 */
function dropSecondSurname(text: string, tokens: readonly Token[], p: PersonRecord): void {
  const full = p.mentions.reduce((a, b) => (b.t1 - b.t0 > a.t1 - a.t0 ? b : a));
  const t = firstOfTwoSurnames(text, tokens, full);
  if (t === null) return;
  const alone = (norm: string) => p.mentions.some((m) => m.t1 - m.t0 === 1 && tokens[m.t0].norm === norm);
  if (alone(tokens[t].norm) && !alone(tokens[full.t1 - 1].norm))
    p.name = text.slice(full.start, tokens[t].end).replace(/\s+/g, " ");
}

/**
 * Which person a short form ("Kim", "Putin") names: one the article already named (the nearest), else
 * the gazetteer person of the role's country ("Pemimpin Tertinggi Korut Kim"), else the only gazetteer
 * person whose short form is distinctive.
 */
function resolveShort(
  persons: Map<string, PersonRecord>,
  indices: number[],
  at: Span,
  hint: Hint | null,
  record: (i: number) => string,
): string | null {
  const candidates = indices.filter((i) => i >= 0).map((i): [number, Leader] => [i, LEADERS[i]]);
  const present = candidates.filter(([, l]) => persons.get(l.name)?.mentions.length);
  if (present.length) {
    const distance = (l: Leader) => Math.min(...persons.get(l.name)!.mentions.map((m) => Math.abs(m.start - at.start)));
    return present.reduce((a, b) => (distance(b[1]) < distance(a[1]) ? b : a))[1].name;
  }
  if (hint?.country) {
    const fit = candidates.filter(
      ([, l]) => l.country === hint.country && l.roles.some((r) => roleKindsMatch(hint.kind, roleKindOf(r.title))),
    );
    if (fit.length === 1) return record(fit[0][0]);
  }
  const distinctive = candidates.filter(([, l]) => l.distinctive);
  return distinctive.length === 1 ? record(distinctive[0][0]) : null;
}

/** The key of the named person who holds a role of this kind for this country (the most mentioned one). */
function personWithRole(persons: Map<string, PersonRecord>, hint: Hint, ref: RefDate | null): string | null {
  const most = (fits: (held: RoleKind) => boolean) => {
    let best: [string, PersonRecord] | null = null;
    for (const [key, p] of persons) {
      const roles = [...p.roles, ...gazetteerRoles(p.name, ref)];
      if (!roles.some((r) => r.country === hint.country && fits(roleKindOf(r.title)))) continue;
      if (!best || p.mentions.length > best[1].mentions.length) best = [key, p];
    }
    return best?.[0] ?? null;
  };
  // "The Indian leader": the head of government when the article names no head of state of that state.
  return (
    most((held) => (hint.portfolio ? held === hint.kind : roleKindsMatch(hint.kind, held))) ??
    (hint.kind === "leader" ? most((held) => held === "head_of_government") : null)
  );
}

/**
 * The person of a role's kind mentioned last before `at` ("the president" after "Putin met Kim" is Putin, a
 * president; Kim, a leader, only when no president was named).
 */
function lastWithRole(
  persons: Map<string, PersonRecord>,
  kind: RoleKind,
  at: Span,
  ref: RefDate | null,
): string | null {
  const last = (fits: (held: RoleKind) => boolean) => {
    let best: [string, number] | null = null;
    for (const [key, p] of persons) {
      if (![...p.roles, ...gazetteerRoles(p.name, ref)].some((r) => fits(roleKindOf(r.title)))) continue;
      const before = Math.max(-1, ...p.mentions.filter((m) => m.end <= at.start).map((m) => m.start));
      if (before >= 0 && (!best || before > best[1])) best = [key, before];
    }
    return best?.[0] ?? null;
  };
  return last((held) => held === kind) ?? last((held) => roleKindsMatch(kind, held));
}

/** At most one word between the comma after a name and its role ("John Kirby, a White House spokesman", "…, NSC coordinator"). */
const APPOSITION_GAP = /^\s*,\s*(?:[\p{L}.-]+\s+)?$/u;

/** How far before its role the name's end may be: the comma and one word. */
const APPOSITION_REACH = 24;

/** The person named right before a role set off by a comma, whose role it then is (a lookup per character: linear). */
function appositionOf(text: string, personEnds: ReadonlyMap<number, string>, phrase: Span): string | null {
  for (let end = phrase.start - 1; end >= Math.max(0, phrase.start - APPOSITION_REACH); end--) {
    const key = personEnds.get(end);
    if (key && APPOSITION_GAP.test(text.slice(end, phrase.start))) return key;
  }
  return null;
}

const leaderByName = new Map(LEADERS.map((l) => [l.name, l]));

/** The gazetteer roles held in the article's year (the latest ones when the article is undated). */
function gazetteerRoles(name: string, ref: RefDate | null): RoleFact[] {
  const l = leaderByName.get(name);
  if (!l) return [];
  const held = ref
    ? l.roles.filter((r) => r.from <= ref.year && ref.year <= (r.to ?? 9999))
    : l.roles.filter((r) => r.to === undefined);
  return (held.length ? held : l.roles.slice(-1)).map((r) => ({ title: r.title, country: r.country }));
}

function coveredTokens(raw: readonly RawMention[], mentions: readonly EntityMention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of [...raw, ...mentions]) for (let k = m.t0; k < m.t1; k++) covered.add(k);
  return covered;
}
