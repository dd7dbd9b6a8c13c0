import type { ArticleText } from "../src/extraction/facts";
import { ORGANIZATIONS, TITLES, countryByCode, type Person } from "./newsCast";
import { newsEvent, type NewsEvent } from "./newsEvents";
import type { Kit } from "./newsKit";
import { en } from "./newsKitEn";
import { id } from "./newsKitId";
import { Random, zipf } from "./random";
import { reworded } from "./reworded";

/**
 * Realistic synthetic news for benchmarks: an endless, deterministic stream of 2–4 KB Indonesian
 * and English articles (the first N are the same whatever N), each reporting one event of
 * bench/newsEvents.ts. Several events are open at once, so the reports of one event are near each
 * other in the stream but interleaved with others, as in a real feed.
 */
export type NewsArticle = Required<
  Pick<ArticleText, "id" | "url" | "title" | "source" | "language" | "publishedAt" | "text">
>;

const KITS = { en, id } as const;
type Lang = keyof typeof KITS;
const OUTLETS: Record<Lang, string[]> = {
  en: [
    "dailyledger.example",
    "worldwire.example",
    "asiapost.example",
    "thecontinental.example",
    "northstar-news.example",
  ],
  id: ["kabarharian.example", "warta-nusantara.example", "beritadunia.example", "suaraglobal.example"],
};
const OPEN_EVENTS = 6;

export function* newsArticles(seed: number): Generator<NewsArticle> {
  const random = new Random(seed);
  const open: Array<{ event: NewsEvent; done: number; first: Lang }> = [];
  let serial = 0;
  for (let n = 0; ; n++) {
    while (open.length < OPEN_EVENTS)
      open.push({ event: newsEvent(random, serial++), done: 0, first: random.chance(0.5) ? "en" : "id" });
    const i = random.int(0, open.length - 1);
    const slot = open[i];
    // The second report is in the other language, so that every multi-report event has both.
    const lang: Lang =
      slot.done === 0
        ? slot.first
        : slot.done === 1
          ? slot.first === "en"
            ? "id"
            : "en"
          : random.chance(0.5)
            ? "en"
            : "id";
    yield render(random, slot.event, slot.done, lang, `news-${seed}-${n}`);
    if (++slot.done === slot.event.reports) open.splice(i, 1);
  }
}

/** The first `count` articles of the stream for `seed`. */
export function newsCorpus(count: number, seed: number): NewsArticle[] {
  const out: NewsArticle[] = [];
  for (const article of newsArticles(seed)) {
    if (out.length === count) break;
    out.push(article);
  }
  return out;
}

function render(random: Random, e: NewsEvent, report: number, lang: Lang, articleId: string): NewsArticle {
  const kit: Kit = KITS[lang];
  const planned = report < e.before;
  const shift = planned ? -(e.before - report) * random.int(1, 3) : random.int(0, 2);
  const published = new Date(e.date.getTime() + shift * 86_400_000 + random.int(5, 22) * 3_600_000);
  const yearToo = published.getUTCFullYear() !== e.date.getUTCFullYear() || random.chance(0.25);
  const b = e.b ?? e.a;
  const other = e.b ? e.b.country : e.place.code;
  const slots: Record<string, string> = {
    CA: name(e.a.country, lang),
    CB: name(other, lang),
    HOST: name(e.place.code, lang),
    CT: name(e.place.code, lang),
    CITY: e.place.capital[lang === "en" ? 0 : 1],
    IMP: name(e.imposer || "US", lang),
    DATE: kit.on(e.date.getUTCDate(), kit.months[e.date.getUTCMonth()], yearToo ? e.date.getUTCFullYear() : null),
    TOPIC: kit.topics[e.topic],
    REASON: kit.reasons[e.reason],
  };
  // People slots: {A} full name, {As} short name, {SA} title, country and name; B the guest, X a third party.
  const cast: Record<string, Person> = { A: e.a, B: b, X: e.third };
  // The gazetteer knows the real leaders by name; a generated official is known only by what the
  // text says, so the text introduces them by title and country wherever it first names them.
  const introduced = new Set<Person>();
  const person = (key: string, who: Record<string, Person>, text: boolean): string | undefined => {
    const [, styledForm, letter, shortForm] = /^(S?)([ABX])(s?)$/.exec(key) ?? [];
    const p = letter ? who[letter] : undefined;
    if (!p) return undefined;
    if (styledForm || (text && p.short && !introduced.has(p))) {
      introduced.add(p);
      return styled(kit, lang, p);
    }
    return shortForm ? short(p) : p.name;
  };
  /** The template with its slots filled; `text` is false for the headline, which introduces no one. */
  const fill = (template: string, extra: Record<string, string> = {}, who = cast, text = true) =>
    capitalized(
      template
        .replace(
          /\{(\w+)\}/g,
          (_, key: string) =>
            extra[key] ??
            slots[key] ??
            person(key, who, text) ??
            (key === "N" ? String(random.int(3, 90)) : key === "YEAR" ? String(random.int(2006, 2021)) : key),
        )
        // A name set off by commas ("Menteri keuangan Chad, Honorine Mbala,") before the template's own.
        .replace(/,(?=[,.])/g, ""),
    );

  const lead =
    e.kind === "meeting" || e.kind === "visit"
      ? kit[e.kind][planned ? "planned" : "occurred"]
      : e.kind === "statement"
        ? kit.statement[e.stance]
        : kit.sanction;
  // Facts are drawn here and written where they land, so that whoever the text names first is introduced there.
  const facts: Array<() => string> = [];
  for (const q of e.quotes) {
    if (!random.chance(0.8)) continue;
    const line = random.pick(kit.quoteLines);
    facts.push(() =>
      fill(line, { Q: fill(kit.quotes[q.index], { C: name(q.about, lang) }) }, { ...cast, A: q.speaker }),
    );
  }
  if (e.kind !== "sanction" && random.chance(0.5)) {
    const reaction = random.pick(kit.reactions);
    facts.push(() => fill(reaction));
  }
  const sanctioned = [e.a.country, other].filter((code) => countryByCode.get(code)?.bloc === "east");
  if (sanctioned.length > 0 && random.chance(0.6)) {
    const imposer = random.weighted(["US", "EU", "UN", "GB"], zipf(4));
    const [background, target] = [random.pick(kit.background), random.pick(sanctioned)];
    facts.push(() => fill(background, { CT: name(target, lang), IMP: name(imposer, lang) }));
  }
  const paragraphs = [fill(random.pick(lead))];
  const context = random.some(kit.context, kit.context.length);
  const target = 2100 + random.int(0, 1800);
  let size = paragraphs[0].length;
  while ((size < target || facts.length > 0) && (context.length > 0 || facts.length > 0)) {
    const fact = facts.length > 0 && (context.length === 0 || random.chance(0.45));
    const paragraph = fact
      ? facts.shift()!()
      : fill(context.pop()!) + (context.length > 0 && random.chance(0.5) ? ` ${fill(context.pop()!)}` : "");
    // Context in the article's own words (bench/reworded.ts); the size counts the stock sentence,
    // so the stream draws what it drew before.
    paragraphs.push(fact ? paragraph : reworded(paragraph, articleId, lang, paragraphs.length));
    size += paragraph.length + 2;
    if (random.chance(0.06)) paragraphs.push(fill(random.pick(kit.furniture)));
  }
  const source = random.pick(OUTLETS[lang]);
  const iso = published.toISOString().slice(0, 19) + (lang === "id" ? "+07:00" : "+00:00");
  return {
    id: articleId,
    url: `https://${source}/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${articleId}`,
    title: fill(random.pick(kit.titles[e.kind]), {}, cast, false),
    source,
    language: lang,
    publishedAt: iso,
    text: paragraphs.join("\n\n"),
  };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A country's or organization's name in the language. */
function name(code: string, lang: Lang): string {
  const country = countryByCode.get(code);
  if (country) return country[lang];
  const org = ORGANIZATIONS[code];
  return org ? org[lang === "en" ? 0 : 1] : code;
}

/** The name a later mention uses: the family name (first for Koreans and Chinese, the generated officials' own). */
function short(leader: Person): string {
  if (leader.short) return leader.short;
  const words = leader.name.split(" ");
  if (["KP", "KR", "CN"].includes(leader.country)) return words[0];
  if (leader.name.includes(" bin ")) return leader.name.slice(leader.name.indexOf(" bin ") + 1);
  if (leader.name.startsWith("Luiz Inacio Lula")) return "Lula";
  return words[words.length - 1].replace(/^al-/, "");
}

function styled(kit: Kit, lang: Lang, leader: Person): string {
  const title = TITLES[leader.title][lang === "en" ? 0 : 1];
  const org = ORGANIZATIONS[leader.country];
  if (org)
    return lang === "en"
      ? `${leader.country} ${title} ${leader.name}`
      : `${title[0].toUpperCase()}${title.slice(1)} ${leader.country === "UN" ? "PBB" : leader.country} ${leader.name}`;
  return kit.styled(title, name(leader.country, lang), leader.name);
}
