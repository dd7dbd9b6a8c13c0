import type { Database } from "../../../src/graph/database";
import { linkParameters, type FactKind } from "../../../src/kinds/factKinds";

/**
 * Builds test data exactly as the README's graph model has it, and writes it with one query
 * (tests/cypher/seedGraph.cypher). Everything it creates is marked with its seed name, so
 * `remove` deletes that and nothing another test or ingestion wrote.
 */
type Kind = "Country" | "Person" | "Organization";
type LinkType = "ATTENDED" | "HELD_IN" | "MADE" | "ABOUT" | "IMPOSED" | "TARGETS" | "PARTY_TO" | "SENT" | "SENT_TO";

interface Fact {
  id: string;
  kind: FactKind;
  properties: Record<string, string | string[] | null>;
  reports: Array<{ article: string; sentence: string; start: number; end: number }>;
  links: Array<{ type: LinkType; actor: string }>;
  /** Statements (of this seed) that claim the fact. */
  claimedBy: string[];
}

export interface ArticleSpec {
  id: string;
  language?: string;
  publishedAt?: string | null;
  source?: string;
  title?: string;
}

export class SeedGraph {
  actors: Array<{
    id: string;
    kind: Kind;
    name: string;
    names: string[];
    aliases: string[];
    country: string | null;
    code: string | null;
  }> = [];
  roles: Array<{ person: string; holder: string; title: string }> = [];
  articles: Array<Record<string, string | null>> = [];
  facts: Fact[] = [];
  mentions: Array<{ article: string; actor: string }> = [];

  constructor(readonly seed: string) {}

  country(code: string, name: string, names: string[] = [name]): this {
    this.actors.push({ id: code, kind: "Country", name, names, aliases: [], country: code, code });
    return this;
  }

  person(id: string, name: string, country: string | null, aliases: string[] = []): this {
    this.actors.push({ id, kind: "Person", name, names: [name], aliases, country, code: null });
    return this;
  }

  organization(id: string, name: string): this {
    this.actors.push({ id, kind: "Organization", name, names: [id, name], aliases: [], country: null, code: null });
    return this;
  }

  role(person: string, holder: string, title: string): this {
    this.roles.push({ person, holder, title });
    return this;
  }

  article(
    { id, language = "en", publishedAt = null, source = "tests.invalid", title = `Article ${id}` }: ArticleSpec,
    mentions: string[] = [],
  ): this {
    this.articles.push({
      id,
      language,
      publishedAt,
      source,
      title,
      url: `https://tests.invalid/${id}`,
      ingestedAt: "2025-01-01T00:00:00.000Z",
    });
    for (const actor of mentions) this.mentions.push({ article: id, actor });
    return this;
  }

  meeting(
    id: string,
    m: {
      date?: string | null;
      status?: string;
      city?: string;
      participants: string[];
      location?: string;
      reports: string[];
    },
  ): this {
    const date = m.date ?? null;
    const datePrecision = date === null ? null : date.length === 10 ? "day" : "month";
    const links = [
      ...m.participants.map((actor) => ({ type: "ATTENDED" as const, actor })),
      ...(m.location ? [{ type: "HELD_IN" as const, actor: m.location }] : []),
    ];
    return this.fact(
      id,
      "Meeting",
      { date, datePrecision, status: m.status ?? "occurred", city: m.city ?? null },
      m.reports,
      links,
    );
  }

  statement(
    id: string,
    s: {
      speaker: string;
      about: string[];
      stance: string;
      date?: string | null;
      quote?: string;
      text?: string;
      reports: string[];
    },
  ): this {
    const links = [
      { type: "MADE" as const, actor: s.speaker },
      ...s.about.map((actor) => ({ type: "ABOUT" as const, actor })),
    ];
    const props = {
      text: s.text ?? `${s.speaker} said something (${id}).`,
      quote: s.quote ?? null,
      stance: s.stance,
      date: s.date ?? null,
    };
    return this.fact(id, "Statement", props, s.reports, links);
  }

  sanction(
    id: string,
    s: { imposer?: string; target: string; status?: string; reason?: string; reports: string[] },
  ): this {
    const links = [
      ...(s.imposer ? [{ type: "IMPOSED" as const, actor: s.imposer }] : []),
      { type: "TARGETS" as const, actor: s.target },
    ];
    return this.fact(id, "Sanction", { status: s.status ?? "in_force", reason: s.reason ?? null }, s.reports, links);
  }

  /** A transfer from one actor to another, and the statements that claim it. */
  transfer(
    id: string,
    t: {
      from: string;
      to: string;
      items: string[];
      status?: string;
      date?: string | null;
      reports: string[];
      claimedBy?: string[];
    },
  ): this {
    const links = [
      { type: "SENT" as const, actor: t.from },
      { type: "SENT_TO" as const, actor: t.to },
    ];
    const props = { items: t.items, status: t.status ?? "alleged", date: t.date ?? null, quantity: null };
    return this.fact(id, "Transfer", props, t.reports, links, t.claimedBy);
  }

  private fact(
    id: string,
    kind: Fact["kind"],
    properties: Fact["properties"],
    reports: string[],
    links: Fact["links"],
    claimedBy: string[] = [],
  ): this {
    const sentence = `The sentence that reports ${id}.`;
    this.facts.push({
      id,
      kind,
      properties,
      links,
      claimedBy,
      reports: reports.map((article) => ({ article, sentence, start: 0, end: sentence.length })),
    });
    return this;
  }

  async write(db: Database): Promise<void> {
    const { seed, actors, roles, articles, facts, mentions } = this;
    await db.write("test/seedGraph", { seed, actors, roles, articles, facts, mentions });
    await db.write("linkFacts", {
      ...linkParameters,
      ids: facts.map((f) => f.id),
      actors: [],
      articles: articles.map((a) => a.id),
    });
  }

  async remove(db: Database): Promise<void> {
    await db.write("test/deleteSeed", { seed: this.seed });
  }
}
