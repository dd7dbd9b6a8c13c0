import * as chrono from "chrono-node";
import { blankSpans } from "./blankSpans";
import type { LanguagePack, OffsetUnit } from "./languages/types";
import { normalizeWord } from "./tokenize";

/** The article's own date: the only clock extraction has. `day` is null for month-only dates. */
export interface RefDate {
  year: number;
  month: number;
  day: number | null;
}

/** A date expression found in a sentence, resolved against the article date. */
export interface DateMention {
  start: number;
  end: number;
  year: number;
  month: number;
  /** Null when only the month is known ("bulan lalu", "im September"). */
  day: number | null;
  /** False when the year was inferred ("13 September"): tense may move it by a year. */
  yearCertain: boolean;
  /** True when only a weekday was given ("on Tuesday"): tense may move it by a week. */
  weekdayOnly: boolean;
  /** Measured from another event ("a month after Kim's trip"): it dates the event named after the phrase only. */
  measured?: boolean;
}

/** "2024-02-05T09:30:00+07:00" → 2024-02-05 as written (the article's local date, not UTC). */
export function parseReference(publishedAt: string | undefined): RefDate | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedAt ?? "");
  return m ? { year: +m[1], month: +m[2], day: m[3] ? +m[3] : null } : null;
}

type ChronoParser = { parse(text: string, ref: { instant: Date; timezone: number }): chrono.ParsedResult[] };
const parsers = chrono as unknown as Record<string, ChronoParser>;
const monthRules = new WeakMap<LanguagePack, { re: RegExp; months: Map<string, number>; short: Set<string> }>();
const hintRules = new WeakMap<LanguagePack, RegExp>();

/** Digits, a month, a weekday or a relative day word: without one, a sentence holds no date and chrono is spared. */
function mayHoldDate(sentence: string, pack: LanguagePack): boolean {
  let re = hintRules.get(pack);
  if (!re) {
    const words = [...pack.dates.hints, ...pack.dates.months.flat()].map((w) =>
      normalizeWord(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    );
    re = new RegExp(`\\d|(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "iu");
    hintRules.set(pack, re);
  }
  return re.test(normalizeWord(sentence));
}

/**
 * Dates in text[from, to): chrono-node's parser for the language, plus the pack's bare-month rule
 * ("im September", which chrono's German lacks). Vague expressions ("last week") and durations
 * read as dates ("in 12 years") are dropped; without an article date only dates with a year count.
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  pack: LanguagePack,
  ref: RefDate | null,
): DateMention[] {
  const sentence = text.slice(from, to);
  // Week and month phrases hold common words ("this", "last"): read by their own rule, they do not wake chrono.
  const weeksAndMonths = relativeDates(sentence, pack, ref);
  const relative = [...weeksAndMonths, ...ownDates(sentence, pack, ref)];
  // "last month" read by the rule above holds date words, but chrono drops it as vague: only date words elsewhere wake it.
  if (
    !mayHoldDate(
      blankSpans(
        sentence,
        weeksAndMonths.map((d) => [d.start, d.end] as const),
      ),
      pack,
    )
  )
    return relative
      .filter((d, i) => !relative.slice(0, i).some((o) => o.start < d.end && d.start < o.end))
      .map((d) => ({ ...d, start: from + d.start, end: from + d.end }))
      .sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  const parser = parsers[pack.chrono ?? "en"] ?? parsers.en;
  const instant = ref
    ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day ?? 15, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const vague = pack.dates.vague.map((v) => v.toLowerCase());
  for (const r of parser.parse(sentence, { instant, timezone: 0 })) {
    const phrase = r.text.trim();
    if (pack.dates.rejects.some((re) => re.test(phrase)) || vague.some((v) => phrase.toLowerCase().includes(v)))
      continue;
    const s = r.start;
    // "next Friday", "bulan lalu": the phrase places the date relative to the article's, year included.
    const yearCertain = s.isCertain("year") || directed(phrase, pack);
    if (!ref && !yearCertain) continue;
    const dayKnown = s.isCertain("day") || s.isCertain("weekday");
    if (!dayKnown && !s.isCertain("month")) continue;
    const start = from + r.index,
      end = start + r.text.length;
    // "this Tuesday", "este martes": chrono's locales disagree (next week in some), the news means this week's.
    if (
      !s.isCertain("day") &&
      s.isCertain("weekday") &&
      ref?.day != null &&
      thisWeek(text.slice(Math.max(from, start - 12), end), pack)
    ) {
      out.push({ start, end, ...weekdayOfWeek(ref, s.get("weekday")!), yearCertain: true, weekdayOnly: false });
      continue;
    }
    // "el pasado lunes", "mardi dernier": the last such weekday before the article's (chrono's Spanish reads next week's).
    if (!s.isCertain("day") && s.isCertain("weekday") && ref?.day != null && pastWord(text, start, end, pack)) {
      out.push({ start, end, ...weekdayFrom(ref, s.get("weekday")!, true), yearCertain: true, weekdayOnly: false });
      continue;
    }
    const weekdayOnly = !s.isCertain("day") && s.isCertain("weekday") && !yearCertain;
    // "oggi", "yesterday" in an article dated by month only: the day is the article's, which is unknown.
    const relativeDay = ref?.day == null && !/\d/.test(phrase);
    const day = dayKnown && !(weekdayOnly && ref?.day == null) && !relativeDay ? (s.get("day") ?? null) : null;
    out.push({ start, end, year: s.get("year")!, month: s.get("month")!, day, yearCertain, weekdayOnly });
  }
  for (const d of [...bareMonths(sentence, pack, ref), ...relative]) {
    const start = from + d.start;
    if (!out.some((o) => o.start < start + (d.end - d.start) && start < o.end))
      out.push({ ...d, start, end: from + d.end });
  }
  return out
    .map((d) => {
      if (!ref || d.yearCertain) return d;
      // "in September last year", "в сентябре прошлого года": that month of the year before the article's.
      if (lastYearAfter(text, d, pack)) return { ...d, year: ref.year - 1, yearCertain: true };
      return pastMonth(text, d, pack) ? latestUpTo(d, ref) : d;
    })
    .sort((a, b) => a.start - b.start);
}

const relativeRules = new WeakMap<LanguagePack, { re: RegExp; offsets: Map<string, ["week" | "month", number]> }>();

/**
 * "last week", "bulan depan", "el mes pasado": the month of the article's date moved by the phrase's
 * weeks or months. Month precision only: the phrase does not say the day.
 */
function relativeDates(sentence: string, pack: LanguagePack, ref: RefDate | null): DateMention[] {
  const phrases = pack.dates.relative ?? [];
  if (!ref || phrases.length === 0) return [];
  let rule = relativeRules.get(pack);
  if (!rule) {
    const offsets = new Map(phrases.map(([p, unit, n]) => [normalizeWord(p), [unit, n] as ["week" | "month", number]]));
    const alt = phrases
      .map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
      .sort((a, b) => b.length - a.length)
      .join("|");
    relativeRules.set(pack, (rule = { re: new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, "giu"), offsets }));
  }
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(rule.re)) {
    const offset = rule.offsets.get(normalizeWord(m[0].replace(/\s+/g, " ")));
    if (!offset) continue;
    const [unit, n] = offset;
    // A week from a day late in the month may be next month's; without the day, the article's month.
    const t =
      unit === "week"
        ? new Date(Date.UTC(ref.year, ref.month - 1, (ref.day ?? 15) + 7 * n))
        : new Date(Date.UTC(ref.year, ref.month - 1 + n, 1));
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      year: t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: null,
      yearCertain: true,
      weekdayOnly: false,
    });
  }
  return out;
}

/** "a month after", "за неделю до": a span measured from another event, found in a sentence. */
export interface DateOffset {
  start: number;
  end: number;
  unit: OffsetUnit;
  /** Signed: -2 for "two weeks after" (the event named next lay two weeks before the anchor). */
  count: number;
}

const offsetRules = new WeakMap<
  LanguagePack,
  { re: RegExp; counts: Map<string, number>; units: Map<string, OffsetUnit>; after: Set<string> } | null
>();

/** The offset phrases of text[from, to) ("four months after", "sebulan setelah"), in text order. */
export function findOffsets(text: string, from: number, to: number, pack: LanguagePack): DateOffset[] {
  let rule = offsetRules.get(pack);
  if (rule === undefined) {
    const o = pack.dates.offsets;
    if (o) {
      const alt = (xs: string[]) =>
        xs
          .filter((x) => x)
          .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
          .sort((a, b) => b.length - a.length)
          .join("|");
      const units = new Map<string, OffsetUnit>();
      for (const [unit, forms] of Object.entries(o.units) as Array<[OffsetUnit, string[]]>)
        for (const f of forms) units.set(normalizeWord(f), unit);
      // A bare unit counts one only where the pack says so ("miesiąc po"); "months after" says no number.
      const bare = "" in o.counts ? "?" : "";
      const re = new RegExp(
        `(?<![\\p{L}\\d])(?:(\\d{1,2}|${alt(Object.keys(o.counts))})\\s*)${bare}(${alt(Object.values(o.units).flat())})\\s+(${alt([...o.after, ...o.before])})(?![\\p{L}])`,
        "giu",
      );
      rule = {
        re,
        counts: new Map(Object.entries(o.counts).map(([w, n]) => [normalizeWord(w), n])),
        units,
        after: new Set(o.after.map((w) => normalizeWord(w.replace(/\s+/g, " ")))),
      };
    } else rule = null;
    offsetRules.set(pack, rule);
  }
  const out: DateOffset[] = [];
  if (rule)
    for (const m of text.slice(from, to).matchAll(rule.re)) {
      const n = m[1] === undefined ? 1 : /^\d+$/.test(m[1]) ? +m[1] : rule.counts.get(normalizeWord(m[1]));
      const unit = rule.units.get(normalizeWord(m[2]));
      if (!n || !unit) continue;
      const after = rule.after.has(normalizeWord(m[3].replace(/\s+/g, " ")));
      out.push({ start: from + m.index!, end: from + m.index! + m[0].length, unit, count: after ? -n : n });
    }
  const eve = eveRule(pack);
  if (eve)
    for (const m of text.slice(from, to).matchAll(eve)) {
      const [start, end] = [from + m.index!, from + m.index! + m[0].length];
      if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, unit: "day", count: 1 });
    }
  return out.sort((a, b) => a.start - b.start);
}

const eveRules = new WeakMap<LanguagePack, RegExp | null>();

/** The pack's "on the eve of" phrases (`eve`), or null. */
function eveRule(pack: LanguagePack): RegExp | null {
  let re = eveRules.get(pack);
  if (re === undefined) {
    const phrases = pack.dates.eve ?? [];
    re = phrases.length
      ? new RegExp(
          `(?<![\\p{L}])(?:${phrases
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
            .sort((a, b) => b.length - a.length)
            .join("|")})(?![\\p{L}])`,
          "giu",
        )
      : null;
    eveRules.set(pack, re);
  }
  return re;
}

const anaphoricRules = new WeakMap<LanguagePack, { re: RegExp; offsets: Map<string, [OffsetUnit, number]> } | null>();

/** The phrases of text[from, to) that date by the event told before ("a day earlier", "la veille"). */
export function findAnaphoric(text: string, from: number, to: number, pack: LanguagePack): DateOffset[] {
  let rule = anaphoricRules.get(pack);
  if (rule === undefined) {
    const phrases = pack.dates.anaphoric ?? [];
    rule = phrases.length
      ? {
          re: new RegExp(
            `(?<![\\p{L}])(?:${phrases
              .map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
              .sort((a, b) => b.length - a.length)
              .join("|")})(?![\\p{L}])`,
            "giu",
          ),
          offsets: new Map(phrases.map(([p, unit, n]) => [normalizeWord(p), [unit, n] as [OffsetUnit, number]])),
        }
      : null;
    anaphoricRules.set(pack, rule);
  }
  if (!rule) return [];
  const out: DateOffset[] = [];
  for (const m of text.slice(from, to).matchAll(rule.re)) {
    const o = rule.offsets.get(normalizeWord(m[0].replace(/\s+/g, " ")));
    if (o) out.push({ start: from + m.index!, end: from + m.index! + m[0].length, unit: o[0], count: o[1] });
  }
  return out;
}

/**
 * The date `o` away from `anchor`. Days and weeks keep the day when the anchor has one; months and
 * years give the month only ("a month after" says nothing of the day).
 */
export function shiftDate(anchor: Pick<DateMention, "year" | "month" | "day">, o: DateOffset): DateMention {
  const byDays = o.unit === "day" || o.unit === "week";
  const t = byDays
    ? new Date(Date.UTC(anchor.year, anchor.month - 1, (anchor.day ?? 15) + o.count * (o.unit === "week" ? 7 : 1)))
    : new Date(Date.UTC(anchor.year, anchor.month - 1 + o.count * (o.unit === "year" ? 12 : 1), 1));
  return {
    start: o.start,
    end: o.end,
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: byDays && anchor.day !== null ? t.getUTCDate() : null,
    yearCertain: true,
    weekdayOnly: false,
  };
}

/** How far after a month the phrase placing it in another year may start ("September of last year"). */
const OTHER_YEAR_AFTER = 16;

/** An other-year phrase with a word of the past ("last year", "tahun lalu", "прошлого года") right after a month without its day. */
function lastYearAfter(text: string, d: DateMention, pack: LanguagePack): boolean {
  if (d.day !== null || d.weekdayOnly || !pack.dates.pastMonth?.length) return false;
  const m = rulesOf(pack).phrases.exec(normalizeWord(text.slice(d.end, d.end + OTHER_YEAR_AFTER + 24)));
  return !!m && m.index <= OTHER_YEAR_AFTER && m[0].split(/\s+/).some((w) => pastWords(pack).has(w));
}

const pastMonthWords = new WeakMap<LanguagePack, Set<string>>();

/** The pack's `pastMonth` words, normalised, read once. */
function pastWords(pack: LanguagePack): Set<string> {
  let words = pastMonthWords.get(pack);
  if (!words) pastMonthWords.set(pack, (words = new Set((pack.dates.pastMonth ?? []).map(normalizeWord))));
  return words;
}

/** A word of the pack's `pastMonth` list right before or right after the date ("last November", "November lalu"). */
function pastMonth(text: string, d: DateMention, pack: LanguagePack): boolean {
  return !d.weekdayOnly && pastWord(text, d.start, d.end, pack);
}

/** A `pastMonth` word inside text[start, end), or the word right before or right after it ("el pasado lunes", "Selasa lalu"). */
function pastWord(text: string, start: number, end: number, pack: LanguagePack): boolean {
  if (!pack.dates.pastMonth?.length) return false;
  const words = pastWords(pack);
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  const inside = text.slice(start, end).split(/\s+/);
  return [before, after, ...inside].some((w) => !!w && words.has(normalizeWord(w)));
}

interface OwnRule {
  re: RegExp;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  days: Map<string, number>;
}
const ownRules = new WeakMap<LanguagePack, OwnRule>();

/**
 * Dates read by the pack's own words, for what chrono cannot read: it has no Polish parser at all, and
 * misses forms elsewhere ("nesta terça", "later in the day"). A day with its month ("12 września 2023"),
 * a weekday (`weekdays`: the one nearest the article's day, which tense may move by a week; the last
 * one before it after a past word, "w ubiegłą środę") and a day named from the article's (`days`:
 * "wczoraj", "jutro"). Chrono's reading wins where both read the same words.
 */
function ownDates(sentence: string, pack: LanguagePack, ref: RefDate | null): DateMention[] {
  let rule = ownRules.get(pack);
  if (!rule) {
    const months = new Map<string, number>();
    pack.dates.months.forEach((names, i) => names.forEach((n) => months.set(normalizeWord(n), i + 1)));
    const weekdays = new Map<string, number>();
    // Monday first in the pack; chrono's count (and Date's) starts on Sunday.
    (pack.dates.weekdays ?? []).forEach((forms, i) =>
      forms.forEach((f) => weekdays.set(normalizeWord(f), (i + 1) % 7)),
    );
    const days = new Map((pack.dates.days ?? []).map(([p, n]) => [normalizeWord(p), n]));
    const alt = (xs: string[]) =>
      xs.length
        ? xs
            .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
            .sort((a, b) => b.length - a.length)
            .join("|")
        : "(?!)";
    const monthNames = pack.dates.months.flat().filter((n) => n.length > 3);
    const re = new RegExp(
      `(?<![\\p{L}\\d])(?:(\\d{1,2})\\.?\\s+(${alt(monthNames)})(?:\\s+(\\d{4}))?|(${alt((pack.dates.weekdays ?? []).flat())})|(${alt((pack.dates.days ?? []).map(([p]) => p))}))(?![\\p{L}])`,
      "giu",
    );
    ownRules.set(pack, (rule = { re, months, weekdays, days }));
  }
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(rule.re)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (m[1]) {
      const month = rule.months.get(normalizeWord(m[2]));
      const day = +m[1];
      const year = m[3] ? +m[3] : ref?.year;
      if (!month || !year || day < 1 || day > 31) continue;
      out.push({ ...at, year, month, day, yearCertain: !!m[3], weekdayOnly: false });
    } else if (m[4] && ref) {
      const weekday = rule.weekdays.get(normalizeWord(m[4].replace(/\s+/g, " ")));
      if (weekday === undefined) continue;
      // In an article dated by month only, a weekday says no more than the month.
      if (ref.day === null)
        out.push({ ...at, year: ref.year, month: ref.month, day: null, yearCertain: true, weekdayOnly: false });
      else if (pastWord(sentence, at.start, at.end, pack))
        out.push({ ...at, ...weekdayFrom(ref, weekday, true), yearCertain: true, weekdayOnly: false });
      else out.push({ ...at, ...weekdayFrom(ref, weekday, false), yearCertain: false, weekdayOnly: true });
    } else if (m[5] && ref) {
      const n = rule.days.get(normalizeWord(m[5].replace(/\s+/g, " ")));
      if (n === undefined) continue;
      const t = new Date(Date.UTC(ref.year, ref.month - 1, (ref.day ?? 15) + n));
      out.push({
        ...at,
        year: ref.day === null ? ref.year : t.getUTCFullYear(),
        month: ref.day === null ? ref.month : t.getUTCMonth() + 1,
        day: ref.day === null ? null : t.getUTCDate(),
        yearCertain: true,
        weekdayOnly: false,
      });
    }
  }
  return out;
}

/**
 * The date of `weekday` (0 = Sunday) nearest the article's day, three days either side, as chrono
 * reads a bare weekday; with `past`, the last one before the article's day.
 */
function weekdayFrom(ref: RefDate, weekday: number, past: boolean): Pick<DateMention, "year" | "month" | "day"> {
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day!)).getUTCDay();
  let shift = (weekday - today + 7) % 7;
  if (past) shift = shift === 0 ? -7 : shift - 7;
  else if (shift > 3) shift -= 7;
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day! + shift));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The date moved to the latest year that does not put it after the article's date. */
function latestUpTo(d: DateMention, ref: RefDate): DateMention {
  const year = compareToRef({ ...d, year: ref.year }, ref) > 0 ? ref.year - 1 : ref.year;
  return { ...d, year, yearCertain: true };
}

const directionRules = new WeakMap<LanguagePack, RegExp>();

/** "next Friday", "Rabu lalu": the phrase says which week, so tense may not move it. */
function directed(phrase: string, pack: LanguagePack): boolean {
  let re = directionRules.get(pack);
  if (!re) {
    const words = pack.dates.directional.map((w) => normalizeWord(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "iu") : /$^/;
    directionRules.set(pack, re);
  }
  return re.test(normalizeWord(phrase));
}

const otherYearRules = new WeakMap<LanguagePack, { phrases: RegExp; years: RegExp }>();

/**
 * The text places an event in a year other than the article's, without a month: "last year", "tahun lalu",
 * or a year other than `ref`'s after a word that makes it a time ("in 2019", not "the 2015 deal"), not a
 * span of years ("2024-2029"). The caller leaves out the dates it read.
 */
export function inOtherYear(text: string, pack: LanguagePack, ref: RefDate | null): boolean {
  const rules = rulesOf(pack);
  const plain = normalizeWord(text);
  return rules.phrases.test(plain) || [...plain.matchAll(rules.years)].some((m) => !ref || Number(m[1]) !== ref.year);
}

/** The pack's other-year phrases and its years led by a `yearLeads` word, compiled once. */
function rulesOf(pack: LanguagePack): { phrases: RegExp; years: RegExp } {
  const cached = otherYearRules.get(pack);
  if (cached) return cached;
  const alternatives = (words: string[]) =>
    words.map((w) => normalizeWord(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") || "$^";
  const rules = {
    phrases: new RegExp(`(?<![\\p{L}])(?:${alternatives(pack.dates.otherYears ?? [])})(?![\\p{L}])`, "iu"),
    years: new RegExp(
      `(?<![\\p{L}])(?:${alternatives(pack.dates.yearLeads ?? [])})\\s+((?:19|20)\\d\\d)(?![\\d.,]\\d|\\s*[–-]\\s*\\d)`,
      "giu",
    ),
  };
  otherYearRules.set(pack, rules);
  return rules;
}

const thisWeekRules = new WeakMap<LanguagePack, RegExp>();

/** The weekday phrase (with up to 12 characters before it) names the current week: "this Tuesday", "nesta terça-feira". */
function thisWeek(phrase: string, pack: LanguagePack): boolean {
  let re = thisWeekRules.get(pack);
  if (!re) {
    const words = (pack.dates.thisWeek ?? []).map((w) => normalizeWord(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "iu") : /$^/;
    thisWeekRules.set(pack, re);
  }
  return re.test(normalizeWord(phrase));
}

/** The date of `weekday` (0 = Sunday, as chrono counts) in the Monday-to-Sunday week of the article date. */
function weekdayOfWeek(ref: RefDate, weekday: number): Pick<DateMention, "year" | "month" | "day"> {
  const today = new Date(Date.UTC(ref.year, ref.month - 1, ref.day!));
  const fromMonday = (d: number) => (d + 6) % 7;
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day! + fromMonday(weekday) - fromMonday(today.getUTCDay())));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function bareMonths(sentence: string, pack: LanguagePack, ref: RefDate | null): DateMention[] {
  let rule = monthRules.get(pack);
  if (!rule) {
    const months = new Map<string, number>();
    pack.dates.months.forEach((names, i) => names.forEach((n) => months.set(normalizeWord(n), i + 1)));
    const alt = (xs: string[]) =>
      xs
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .sort((a, b) => b.length - a.length)
        .join("|");
    const all = pack.dates.months.flat();
    // Short names are common words too ("may", "mar", "jun"): without a preposition they never match, and
    // after one ("im Mai", "en mai") only a month's full name (its first spelling, not an abbreviation),
    // capitalised or as the pack spells it (checked below).
    const names = all.filter((n) => n.length > 3);
    const past = alt(pack.dates.pastMonth ?? []);
    // The year may follow a short linking word: "abril de 2023", "mayo del 2023". A past mark may stand
    // between the preposition and the month ("im vergangenen November"), or after a month with no
    // preposition ("le sommet de novembre dernier").
    const re = new RegExp(
      `(?<![\\p{L}])(?:(?:${alt(pack.dates.monthPreps)})\\s+(?:(?:${past})\\s+)?(${alt(all)})(?:\\s+(?:\\p{Ll}{1,3}\\s+)?(\\d{4}))?` +
        (past ? `|(${alt(names)})(?=\\s+(?:${past})(?![\\p{L}]))` : "") +
        `)(?![\\p{L}])`,
      "giu",
    );
    const short = new Set(pack.dates.months.map((n) => n[0]).filter((n) => n.length <= 3));
    monthRules.set(pack, (rule = { re, months, short }));
  }
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(rule.re)) {
    const name = m[1];
    if (
      name &&
      name.length <= 3 &&
      !(rule.short.has(name) || (rule.short.has(name.toLowerCase()) && /^\p{Lu}/u.test(name)))
    )
      continue;
    const month = rule.months.get(normalizeWord(m[1] ?? m[3]));
    const year = m[2] ? +m[2] : ref?.year;
    if (!month || !year) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      year,
      month,
      day: null,
      yearCertain: !!m[2],
      weekdayOnly: false,
    });
  }
  return out;
}

/** Moves an inferred date so it lies on the side of the article date that the tense implies. */
export function alignWithTense(d: DateMention, ref: RefDate | null, future: boolean): DateMention {
  if (!ref) return d;
  const cmp = compareToRef(d, ref);
  if (d.weekdayOnly && d.day !== null) {
    const shift = future && cmp < 0 ? 7 : !future && cmp > 0 ? -7 : 0;
    if (shift) {
      const t = new Date(Date.UTC(d.year, d.month - 1, d.day + shift));
      return { ...d, year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
    }
  } else if (!d.yearCertain) {
    if (future && cmp < 0) return { ...d, year: d.year + 1 };
    if (!future && cmp > 0) return { ...d, year: d.year - 1 };
  }
  return d;
}

/** -1, 0 or 1 as the date lies before, on, or after the article date (at their common precision). */
export function compareToRef(d: Pick<DateMention, "year" | "month" | "day">, ref: RefDate): number {
  const a = [d.year, d.month, d.day ?? 0];
  const b = [ref.year, ref.month, ref.day ?? 0];
  const depth = d.day === null || ref.day === null ? 2 : 3;
  for (let i = 0; i < depth; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** "YYYY-MM-DD" or "YYYY-MM". */
export function formatDate(d: Pick<DateMention, "year" | "month" | "day">): string {
  const mm = String(d.month).padStart(2, "0");
  return d.day === null ? `${d.year}-${mm}` : `${d.year}-${mm}-${String(d.day).padStart(2, "0")}`;
}
