import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { BadInputError } from "../../errors";
import { findLinkArticles } from "../../graph/articles";
import { dateRange, type CheckedRange } from "../../graph/dateRange";
import { pageParams } from "../../graph/page";
import type { ActorRecord, FactRecord } from "../../graph/records";
import { findRelationship, linkId, type RelationshipFacts, type RelationshipLists } from "../../graph/relationship";
import { factKinds, GENERIC_KINDS } from "../../kinds/factKinds";
import { ArticleConnection } from "../article/article.connection";
import type { Context } from "../context";
import { anyActor, requireActors } from "../names/resolveActors";
import { toConnection } from "../pagination/connection.type";
import { PageArgs, pageOf } from "../pagination/page.args";
import { findSeries } from "../../graph/series";
import { SeriesArgs } from "../series/series.args";
import { SeriesBucket } from "../series/seriesBucket.type";
import { seriesBuckets, seriesRange } from "../series/seriesRange";
import { RelationshipArgs } from "./relationship.args";
import { claimsOf } from "../claims/claimsOf";
import { Contradiction, Relationship, RelationshipSummary, TimelineEntry } from "./relationship.type";

/** The lists of `facts` are the Relationship's fields of their names (relationship.type.ts). */
export interface RelationshipValue extends RelationshipLists {
  a: ActorRecord;
  b: ActorRecord;
  range: CheckedRange;
  facts: RelationshipFacts;
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Query(() => Relationship, {
    description:
      "What links a and b (country names or codes, leader or organization names): meetings both sides attended, statements by one side about the other or by anyone about both, sanctions on either side; from/to bound the dates.",
  })
  async relationship(
    @Args() { a, b, from, to, first }: RelationshipArgs,
    @Ctx() { db, loaders }: Context,
  ): Promise<RelationshipValue> {
    const range = dateRange({ from, to });
    const size = pageParams({ first }).first;
    const [actorA, actorB] = await requireActors(loaders, [
      { name: a, kinds: anyActor },
      { name: b, kinds: anyActor },
    ]);
    if (actorA.id === actorB.id)
      throw new BadInputError(`a ("${a}") and b ("${b}") are the same ${actorA.kind.toLowerCase()}, ${actorA.name}.`);
    const facts = await findRelationship(db, actorA.id, actorB.id, range, size);
    return { ...facts, a: actorA, b: actorB, range, facts };
  }

  @FieldResolver(() => [Contradiction], {
    description:
      "Agreements and transfers between them that one actor asserts or accuses and another denies, with both sides.",
  })
  async contradictions(@Root() { facts }: RelationshipValue, @Ctx() { loaders }: Context) {
    // One claims query for all of them: the loads of one tick are batched.
    return Promise.all(
      facts.contradictions.map(async (fact) => {
        const claims = claimsOf(await loaders.claims.load(fact.id));
        return { fact, asserted: [...claims.asserted, ...claims.accused], denied: claims.denied };
      }),
    );
  }

  @FieldResolver(() => ArticleConnection, {
    description:
      "The articles that report a meeting, statement, agreement or transfer between them (published within from/to), newest first.",
  })
  async articles(@Root() { a, b, range }: RelationshipValue, @Args() args: PageArgs, @Ctx() { db }: Context) {
    return toConnection(await findLinkArticles(db, linkId(a.id, b.id), range, pageOf(args)));
  }

  @FieldResolver(() => [TimelineEntry], { description: "The dated facts of the five lists, oldest first." })
  timeline(@Root() { facts }: RelationshipValue) {
    const lists: FactRecord[][] = [
      facts.meetings,
      facts.statements,
      facts.sanctions,
      ...GENERIC_KINDS.map((kind) => facts[factKinds[kind].list]),
    ];
    const dated = lists
      .flat()
      .map((fact) => ({ date: fact.kind === "Sanction" ? fact.firstReported : fact.date, fact }));
    return dated
      .flatMap(({ date, fact }) => (date === null ? [] : [{ date, kind: fact.kind, fact }]))
      .sort((x, y) => x.date.localeCompare(y.date) || x.fact.id.localeCompare(y.fact.id));
  }

  @FieldResolver(() => [SeriesBucket], {
    description:
      "The relationship counted per week, month or year, every bucket present (zeros where nothing happened); for a range, the buckets add up to the summary's counts.",
  })
  async series(@Root() { a, b, range, facts }: RelationshipValue, @Args() args: SeriesArgs, @Ctx() { db }: Context) {
    const seen = { from: facts.firstSeen, to: facts.lastSeen };
    const bounds = seriesRange(args, range, seen);
    return bounds ? seriesBuckets(await findSeries(db, a.id, b.id, args.interval, bounds)) : [];
  }

  @FieldResolver(() => RelationshipSummary)
  summary(@Root() relationship: RelationshipValue) {
    const { counts, firstSeen, lastSeen } = relationship.facts;
    return { ...counts, firstSeen, lastSeen, relationship };
  }
}
