import { COUNTRIES, PEOPLE, blocOf, countryByCode, type Country, type Person } from "./newsCast";
import { Random, WeightedList, zipf } from "./random";

/**
 * The events the synthetic news reports: meetings, visits, statements and sanctions, with Zipf-
 * weighted actors (a few countries and people in most stories, a long tail of both in the rest). Each
 * event is reported by several articles, as real coverage is: the same meeting — same people, same
 * day — in 2 to 6 articles, in both languages.
 */
export type Stance = "accuse" | "deny" | "warn" | "support";

export interface NewsEvent {
  serial: number;
  kind: "meeting" | "visit" | "statement" | "sanction";
  /** Host of a meeting, visitor, speaker; for sanctions one of the target's people (for quotes). */
  a: Person;
  /** Guest of a meeting; null otherwise. */
  b: Person | null;
  /** Where it happens (meetings, visits); the country spoken about (statements); the target (sanctions). */
  place: Country;
  stance: Stance;
  imposer: string;
  date: Date;
  /** How many articles report it, and how many of those come before it (announcing a plan). */
  reports: number;
  before: number;
  /** Fixed per event, so that reports of one event in one language quote the same words. */
  quotes: Array<{ speaker: Person; about: string; index: number }>;
  third: Person;
  topic: number;
  reason: number;
}

const personWeights = zipf(PEOPLE.length, 1.0);
/** The people that meet `ok`, each with the weight of their rank in the whole cast. */
function ranked(ok: (p: Person) => boolean): WeightedList<Person> {
  const fits = PEOPLE.flatMap((p, i) => (ok(p) ? [i] : []));
  return new WeightedList(
    fits.map((i) => PEOPLE[i]),
    fits.map((i) => personWeights[i]),
  );
}
/** Everyone: a meeting's guest or a third party may be the UN's or NATO's. */
const everyone = ranked(() => true);
/** The people of states: who hosts, visits, speaks. */
const statePeople = ranked((p) => countryByCode.has(p.country));
/** Each state's own people, for the side of a sanctioned state. */
const peopleOf = new Map(COUNTRIES.map((c) => [c.code, ranked((p) => p.country === c.code)]));
const countries = new WeightedList(COUNTRIES, zipf(COUNTRIES.length, 1.1));
const imposers = ["US", "EU", "UN", "GB", "JP", "CA", "AU"];
const targets = ["RU", "KP", "IR", "BY", "SY", "MM", "VE", "CU", "CN"];
const start = Date.UTC(2022, 0, 1);
const days = Math.round((Date.UTC(2025, 5, 30) - start) / 86_400_000);
const QUOTES = 10;
const TOPICS = 10;
const REASONS = 6;

/** Whether leaders of these countries meet: east and west never directly; the south meets both. */
export function canMeet(x: string, y: string): boolean {
  const [bx, by] = [blocOf(x), blocOf(y)];
  return x !== y && (bx === by || bx === "south" || by === "south" || bx === "any" || by === "any");
}

export function newsEvent(random: Random, serial: number): NewsEvent {
  const roll = random.next();
  const kind = roll < 0.45 ? "meeting" : roll < 0.6 ? "visit" : roll < 0.85 ? "statement" : "sanction";
  const date = new Date(start + random.int(0, days) * 86_400_000);
  let a = statePeople.draw(random);
  let b: Person | null = null;
  let place = countryByCode.get(a.country)!;
  let imposer = "";
  if (kind === "meeting") {
    b = everyone.drawWhere(random, (p) => canMeet(a.country, p.country));
    if (random.chance(0.4)) [a, b] = [b, a];
    place = countryByCode.get(a.country) ?? countryByCode.get(b.country)!;
  } else if (kind === "visit") {
    place = countries.drawWhere(random, (c) => canMeet(a.country, c.code));
  } else if (kind === "statement") {
    place = countries.drawWhere(random, (c) => c.code !== a.country);
  } else {
    imposer = random.weighted(imposers, zipf(imposers.length, 1));
    place = countryByCode.get(random.weighted(targets, zipf(targets.length, 1)))!;
    a = peopleOf.get(place.code)!.draw(random);
  }
  const friendly = blocOf(a.country) === place.bloc || place.bloc === "south";
  const stance: Stance = friendly
    ? random.pick(["support", "deny", "support", "warn"])
    : random.pick(["accuse", "warn", "deny", "accuse"]);
  const reports =
    kind === "statement"
      ? random.weighted([1, 2, 3, 4], [35, 35, 20, 10])
      : random.weighted([2, 3, 4, 5, 6], [30, 30, 20, 12, 8]);
  const announced = (kind === "meeting" || kind === "visit") && random.chance(0.3);
  const other = b ? b.country : place.code;
  // Persons of a sanctioned country call the sanctions illegal (quote 5); others say what they say.
  const quotes = [{ speaker: a, about: other, index: kind === "sanction" ? 5 : random.int(0, QUOTES - 1) }];
  if (b) quotes.push({ speaker: b, about: a.country, index: random.int(0, QUOTES - 1) });
  const outsider = (p: Person) => p.country !== a.country && p.country !== other;
  // Someone of the other camp reacts when there is one: east and west never meet, the south meets all.
  const rival = blocOf(a.country) === "east" || blocOf(a.country) === "west";
  const third = everyone.drawWhere(random, (p) => outsider(p) && (!rival || !canMeet(p.country, a.country)));
  return {
    serial,
    kind,
    a,
    b,
    place,
    stance,
    imposer,
    date,
    reports,
    before: announced ? random.int(1, Math.min(2, reports - 1)) : 0,
    quotes,
    third,
    topic: random.int(0, TOPICS - 1),
    reason: random.int(0, REASONS - 1),
  };
}
