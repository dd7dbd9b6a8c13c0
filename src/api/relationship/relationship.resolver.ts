import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { BadInputError } from "../../errors";
import { findArticlesReporting } from "../../graph/articles";
import { dateRange } from "../../graph/dateRange";
import type { ActorRecord, FactRecord } from "../../graph/records";
import { findRelationship, type RelationshipFacts, type Side } from "../../graph/relationship";
import { summarize } from "../../graph/relationshipSummary";
import { ArticleConnection } from "../article/article.connection";
import type { Context } from "../context";
import { Meeting } from "../meeting/meeting.type";
import { anyActor, requireActors } from "../names/resolveActors";
import { toConnection } from "../pagination/connection.type";
import { PageArgs, pageOf } from "../pagination/page.args";
import { Sanction } from "../sanction/sanction.type";
import { Statement } from "../statement/statement.type";
import { RelationshipArgs } from "./relationship.args";
import { Relationship, RelationshipSummary, TimelineEntry } from "./relationship.type";

interface RelationshipValue extends RelationshipFacts {
  a: ActorRecord;
  b: ActorRecord;
}

/** What statements about a side are ABOUT: the country, or the country a person stands for. */
const sideOf = (actor: ActorRecord): Side => ({
  id: actor.id,
  countries: actor.kind === "Country" ? [actor.code] : actor.kind === "Person" && actor.country ? [actor.country] : [],
});

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Query(() => Relationship, {
    description:
      "Everything that links a and b (country names or codes, leader or organization names): meetings with both, statements by one about the other or by anyone about both, sanctions on either; from/to bound the dates.",
  })
  async relationship(@Args() { a, b, from, to }: RelationshipArgs, @Ctx() { db, loaders }: Context): Promise<RelationshipValue> {
    const range = dateRange({ from, to });
    const [actorA, actorB] = await requireActors(loaders, [{ name: a, kinds: anyActor }, { name: b, kinds: anyActor }]);
    if (actorA.id === actorB.id) throw new BadInputError(`a ("${a}") and b ("${b}") are the same ${actorA.kind.toLowerCase()}, ${actorA.name}.`);
    return { a: actorA, b: actorB, ...(await findRelationship(db, sideOf(actorA), sideOf(actorB), range)) };
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() relationship: RelationshipValue): FactRecord[] {
    return relationship.facts.filter((f) => f.fact.kind === "Meeting").map((f) => f.fact);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() relationship: RelationshipValue): FactRecord[] {
    return relationship.facts.filter((f) => f.fact.kind === "Statement").map((f) => f.fact);
  }

  @FieldResolver(() => [Sanction])
  sanctions(@Root() relationship: RelationshipValue): FactRecord[] {
    return relationship.facts.filter((f) => f.fact.kind === "Sanction").map((f) => f.fact);
  }

  @FieldResolver(() => ArticleConnection, { description: "The articles that report any of these facts, newest first." })
  async articles(@Root() relationship: RelationshipValue, @Args() args: PageArgs, @Ctx() { db }: Context) {
    const page = pageOf(args);
    return toConnection(await findArticlesReporting(db, relationship.facts.map((f) => f.fact.id), page));
  }

  @FieldResolver(() => [TimelineEntry], { description: "Every dated fact, oldest first." })
  timeline(@Root() relationship: RelationshipValue) {
    return relationship.facts.filter((f) => f.date !== null).map((f) => ({ date: f.date, kind: f.fact.kind, fact: f.fact }));
  }

  @FieldResolver(() => RelationshipSummary)
  summary(@Root() relationship: RelationshipValue) {
    const summary = summarize(relationship);
    const actorOf = { a: relationship.a, b: relationship.b };
    return { ...summary, stances: summary.stances.map((s) => ({ ...s, side: s.side ? actorOf[s.side] : null })) };
  }
}
