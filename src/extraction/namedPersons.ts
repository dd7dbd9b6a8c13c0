import type { Span } from "./document";
import type { LanguagePack } from "./languages/types";
import { nameRun, nameRunEndingAt, opensWithCommonWord, type NameContext } from "./nameRun";
import { phraseWords } from "./tokenize";

/** A person read without a role, with the country the text gives them. */
export interface NamedPerson {
  name: string;
  span: Span;
  country: string | null;
}

/** How far before a naming word its country may stand ("warga negara Slovakia bernama …"). */
const COUNTRY_REACH = 3;

interface Words {
  /** The naming phrases by their first word, so that each token costs one lookup. */
  introducers: Map<string, string[][]>;
  nationality: Set<string>;
  conjunctions: Set<string>;
}
const wordSets = new WeakMap<LanguagePack, Words>();

/**
 * Persons a sentence names outright: after a naming word ("seorang warga Slovakia bernama Ashot
 * Mkrtychev", "a businessman named …"), and in lists of leaders by their countries ("Macky Sall dari
 * Senegal, Faure Gnassingbe dari Togo dan …", "Patrice Talon of Benin and …"), where the country
 * closes a list item.
 */
export function namedPersons(ctx: NameContext, pack: LanguagePack): NamedPerson[] {
  const w = words(pack);
  const { tokens } = ctx;
  const out: NamedPerson[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const intro = w.introducers.get(tokens[k].norm)?.find((p) => p.every((x, i) => tokens[k + i]?.norm === x));
    if (intro) {
      const run = nameRun(ctx, k + intro.length);
      if (run) out.push({ ...run, country: countryBefore(ctx, k) });
    }
  }
  for (const m of ctx.byStart.values()) {
    const ref = m.refs[0];
    if (ref.kind !== "country" || ref.form !== "name" || m.t0 < 2 || !w.nationality.has(tokens[m.t0 - 1].norm))
      continue;
    const run = nameRunEndingAt(ctx, m.t0 - 2);
    if (!run || opensWithCommonWord(ctx, run.span) || !spaced(ctx, m.t0 - 1) || !spaced(ctx, m.t0)) continue;
    // "President Patrice Talon of Benin spoke": after a role the country needs no list around it.
    const afterRole = ctx.byEnd.get(run.span.t0)?.refs[0].kind === "role";
    const listed =
      (closesItem(ctx, m.t1, w) && (opensItem(ctx, run.span.t0, w) || nextItem(ctx, m.t1, w))) ||
      lastItem(ctx, run.span.t0, w);
    if (afterRole || listed) out.push({ ...run, country: ref.code });
  }
  return out;
}

function countryBefore(ctx: NameContext, k: number): string | null {
  for (let j = k; j > 0 && k - j < COUNTRY_REACH; j--) {
    const ref = ctx.byEnd.get(j)?.refs[0];
    if (ref && (ref.kind === "country" || ref.kind === "capital")) return ref.code;
  }
  return null;
}

/** A list item ends after token k-1: a comma, a conjunction, or the sentence's end. */
function closesItem(ctx: NameContext, k: number, w: Words): boolean {
  if (k >= ctx.tokens.length) return true;
  const gap = ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start);
  return /[,.;\n]/.test(gap) || w.conjunctions.has(ctx.tokens[k].norm);
}

/** A list item or a role's name starts at token k: after a comma, a conjunction or a role ("Presiden Macky Sall dari Senegal"). */
function opensItem(ctx: NameContext, k: number, w: Words): boolean {
  if (k === 0) return false;
  const prev = ctx.byEnd.get(k)?.refs[0];
  return (
    prev?.kind === "role" ||
    /,\s*$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)) ||
    w.conjunctions.has(ctx.tokens[k - 1].norm)
  );
}

/** Another name follows at token k, after a comma or a conjunction: "… dari Ghana dan Adama Barrow". */
function nextItem(ctx: NameContext, k: number, w: Words): boolean {
  if (k >= ctx.tokens.length) return false;
  return !!nameRun(ctx, w.conjunctions.has(ctx.tokens[k].norm) ? k + 1 : k);
}

/** The last item of a list: a conjunction right after a country ends the item before ("Ghana dan Adama Barrow dari Gambia hadir"). */
function lastItem(ctx: NameContext, k: number, w: Words): boolean {
  if (k < 2 || !w.conjunctions.has(ctx.tokens[k - 1].norm)) return false;
  const ref = ctx.byEnd.get(k - 1)?.refs[0];
  return ref?.kind === "country";
}

const spaced = (ctx: NameContext, k: number) =>
  /^[ \t]+$/.test(ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start));

function words(pack: LanguagePack): Words {
  let w = wordSets.get(pack);
  if (!w) {
    w = {
      introducers: byFirstWord((pack.nameIntroducers ?? []).map(phraseWords)),
      nationality: new Set((pack.nationalityPreps ?? []).flatMap(phraseWords)),
      conjunctions: new Set(pack.references.conjunctions.flatMap(phraseWords)),
    };
    wordSets.set(pack, w);
  }
  return w;
}

function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) if (p.length) out.set(p[0], [...(out.get(p[0]) ?? []), p]);
  return out;
}
