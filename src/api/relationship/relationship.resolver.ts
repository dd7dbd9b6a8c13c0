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

/** The names of the Relationship's lists (relationship.type.ts), each a field read from the value. */
const listNames: Array<keyof RelationshipLists> = [
  "meetings",
  "statements",
  "sanctions",
  ...GENERIC_KINDS.map((kind) => factKinds[kind].list),
];

/**
 * A relationship as its fields see it: each list is a getter (a field reads its value by name), and
 * `facts` reads the lists, the summary and the contradictions in one query (findRelationship) the
 * first time a field needs them: a request for the series or the articles alone does not read them.
 */
export type RelationshipValue = { readonly [K in keyof RelationshipLists]: Promise<RelationshipLists[K]> } & {
  a: ActorRecord;
  b: ActorRecord;
  range: CheckedRange;
  facts: () => Promise<RelationshipFacts>;
};

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
    let read: Promise<RelationshipFacts> | undefined;
    const facts = () => (read ??= findRelationship(db, actorA.id, actorB.id, range, size));
    const value = { a: actorA, b: actorB, range, facts };
    for (const name of listNames) {
      Object.defineProperty(value, name, { enumerable: true, get: async () => (await facts())[name] });
    }
    return value as RelationshipValue;
  }

  @FieldResolver(() => [Contradiction], {
    description:
      "Agreements and transfers between them that one actor asserts or accuses and another denies, with both sides.",
  })
  async contradictions(@Root() { facts }: RelationshipValue, @Ctx() { loaders }: Context) {
    // One claims query for all of them: the loads of one tick are batched.
    return Promise.all(
      (await facts()).contradictions.map(async (fact) => {
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
  async timeline(@Root() { facts }: RelationshipValue) {
    const read = await facts();
    const lists: FactRecord[][] = listNames.map((name) => read[name]);
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
    // The first and last dates are read only when neither the series nor the relationship bounds it.
    const seen = async () => {
      const { firstSeen, lastSeen } = await facts();
      return { from: firstSeen, to: lastSeen };
    };
    const bounds = await seriesRange(args, range, seen);
    return bounds ? seriesBuckets(await findSeries(db, a.id, b.id, args.interval, bounds)) : [];
  }

  @FieldResolver(() => RelationshipSummary)
  async summary(@Root() relationship: RelationshipValue) {
    const { counts, firstSeen, lastSeen } = await relationship.facts();
    return { ...counts, firstSeen, lastSeen, relationship };
  }
}
