import countries from "i18n-iso-countries";
import { englishCountryName } from "../names/countryNames";
import { NAME_LOCALES } from "../names/nameLocales";
import { NEWS_AGENCIES, ORGANIZATIONS } from "../names/organizations";
import { personId } from "../names/personId";
import type { Evidence, ExtractedFacts } from "../extraction/facts";
import type { ArticleWrite, Source } from "../graph/articleWrite";
import type { ValidArticle } from "./articleInput";
import { outletOf } from "./outletOf";
import { textSignature } from "./textSignature";
import { agreementId, meetingKey, sanctionId, statementKey, statementWords, transferId } from "./factKeys";

type Actor = ArticleWrite["actors"][number];
type Cooperation = ArticleWrite["cooperation"][number];

const organizationNames = new Map<string, string[]>([
  ...Object.entries(ORGANIZATIONS),
  ...NEWS_AGENCIES.map((agency): [string, string[]] => [agency.name, agency.names]),
]);

export function graphRecord(article: ValidArticle, facts: ExtractedFacts, ingestedAt: string): ArticleWrite {
  const actors = new Map<string, Actor>();
  const persons = new Map(facts.persons.map((p) => [personId(p.name), p]));

  /** The node id of a name or code, registering the actor on first sight. */
  const actorId = (nameOrCode: string): string => {
    const id = classify(nameOrCode);
    if (!actors.has(id.id)) actors.set(id.id, actorFor(id, persons.get(id.id)?.country ?? null));
    return id.id;
  };

  for (const country of facts.countries) actorId(country.code);
  for (const person of facts.persons) {
    const id = actorId(person.name);
    const actor = actors.get(id)!;
    actor.names = unique([person.name, ...person.mentions.map((m) => m.text)]);
    if (person.country) actorId(person.country);
  }
  const roles = facts.persons.flatMap((p) =>
    p.roles
      .filter((r) => r.country)
      .map((r) => ({ person: actorId(p.name), holder: actorId(r.country!), title: r.title })),
  );
  const day =
    article.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(article.publishedAt) ? article.publishedAt.slice(0, 10) : null;

  const meetings = mergeSameKey(
    facts.meetings.map((m) => {
      const location = m.location.country ? actorId(m.location.country) : null;
      const month = m.date?.slice(0, 7) ?? null;
      const participants = unique(m.participants.map(actorId));
      return {
        ...meetingKey(m, location, participants),
        month,
        floating: location === null || month === null,
        date: m.date,
        status: m.status,
        city: m.location.city,
        location,
        participants,
        ...source(m.evidence),
      };
    }),
  );
  const sanctions = facts.sanctions.map((s) => ({
    id: sanctionId(s, actorId),
    reason: s.reason,
    status: s.status,
    imposer: s.imposer ? actorId(s.imposer) : null,
    target: actorId(s.target),
    // Registered as actors, so the article MENTIONS them and they live as long as it does.
    targetCountry: unique((s.targetCountry ?? []).map(actorId)),
    ...source(s.evidence),
  }));
  // The date is kept out of an agreement's key: extraction reads the day of the act a report tells
  // (signed in January, ratified in April), and a date in the key would split one treaty's signing
  // from its ratification, whose status its one node carries. The node keeps its first report's date.
  const reportedAt = article.publishedAt ?? "";
  const agreements = facts.agreements.map((g): Cooperation => ({
    label: "Agreement",
    id: agreementId({ ...g, date: null }, actorId),
    props: { name: g.name, kind: g.kind, date: g.date },
    fill: ["name"],
    status: g.status,
    reportedAt,
    parties: unique(g.parties.map(actorId)).map((actor) => ({ type: "PARTY_TO", actor })),
    ...source(g.evidence),
  }));
  const transfers = facts.transfers.map((t): Cooperation => ({
    label: "Transfer",
    id: transferId(t, actorId),
    props: { items: unique(t.items), quantity: t.quantity, date: t.date },
    fill: ["quantity"],
    status: t.status,
    reportedAt,
    parties: [
      { type: "SENT", actor: actorId(t.from) },
      { type: "SENT_TO", actor: actorId(t.to) },
    ],
    ...source(t.evidence),
  }));
  const claimed = { agreements, transfers };
  // The days the article may have appeared on: its day, or its whole month when only that is given.
  const month = !day && article.publishedAt && /^\d{4}-\d{2}$/.test(article.publishedAt) ? article.publishedAt : null;
  const published = day
    ? { from: day, to: day }
    : month
      ? { from: `${month}-01`, to: lastDay(month) }
      : { from: null, to: null };
  const names = [
    ...facts.persons.flatMap((p) => [p.name, ...p.mentions.map((m) => m.text)]),
    ...facts.countries.flatMap((c) => [c.name, ...c.mentions.map((m) => m.text)]),
  ];
  const statements = facts.statements.map((s) => {
    const words = statementWords(s.quote ?? s.evidence.text, names, facts.language);
    return {
      ...statementKey(s, actorId, day, published.from?.slice(0, 7) ?? null, article.id, words),
      ...published,
      words,
      text: s.evidence.text,
      quote: s.quote,
      stance: s.stance,
      date: day,
      speaker: actorId(s.speaker),
      about: unique(s.about.map(actorId)),
      // A claim names its fact by position in this article's list; the graph knows it by id.
      claim: s.claim ? (claimed[s.claim.type][s.claim.index]?.id ?? null) : null,
      ...source(s.evidence),
    };
  });

  const signature = textSignature(article.text);
  return {
    article: {
      id: article.id,
      url: article.url ?? null,
      title: article.title ?? null,
      source: article.source ?? null,
      language: facts.language,
      publishedAt: article.publishedAt ?? null,
      publishedMs: article.publishedAt ? Date.parse(article.publishedAt) : null,
      contentHash: article.contentHash,
      ingestedAt,
    },
    copies: { outlet: outletOf(article), minHashes: signature?.minHashes ?? null, bands: signature?.bands ?? [] },
    // Every actor a fact names has been registered by now.
    actors: [...actors.values()],
    roles,
    meetings,
    sanctions,
    statements,
    cooperation: [...agreements, ...transfers],
  };
}

function classify(nameOrCode: string): { id: string; kind: Actor["kind"]; name: string } {
  if (/^[A-Z]{2}$/.test(nameOrCode) && countries.isValid(nameOrCode))
    return { id: nameOrCode, kind: "Country", name: nameOrCode };
  if (organizationNames.has(nameOrCode)) return { id: nameOrCode, kind: "Organization", name: nameOrCode };
  return { id: personId(nameOrCode), kind: "Person", name: nameOrCode };
}

function actorFor({ id, kind, name }: ReturnType<typeof classify>, country: string | null): Actor {
  if (kind === "Country") {
    const names = NAME_LOCALES.map((locale) => countries.getName(id, locale)).filter((n): n is string => Boolean(n));
    return { id, kind, name: englishCountryName(id), names: unique([englishCountryName(id), ...names]), country: id };
  }
  if (kind === "Organization") {
    const names = organizationNames.get(id)!;
    return { id, kind, name: names.reduce((a, b) => (b.length > a.length ? b : a)), names, country: null };
  }
  return { id, kind, name, names: [name], country };
}

/** One report per node and article: meetings of one article with the same key are one, naming everyone either names. */
function mergeSameKey<M extends { id: string; participants: string[] }>(meetings: M[]): M[] {
  const byId = new Map<string, M>();
  for (const m of meetings) {
    const first = byId.get(m.id);
    if (first) first.participants = unique([...first.participants, ...m.participants]);
    else byId.set(m.id, { ...m });
  }
  return [...byId.values()];
}

/** "2024-06" → "2024-06-30". */
function lastDay(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

const source = (evidence: Evidence): Source => ({ sentence: evidence.text, start: evidence.start, end: evidence.end });
const unique = <T>(items: T[]): T[] => [...new Set(items)];
