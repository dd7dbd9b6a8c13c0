import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { findStances } from "../../graph/stances";
import type { Context } from "../context";
import type { RelationshipValue } from "./relationship.resolver";
import { RelationshipSummary, StanceCount } from "./relationship.type";

/** The stances are counted only when asked for: unlike the other numbers, they read every statement. */
@Resolver(() => RelationshipSummary)
export class RelationshipSummaryResolver {
  @FieldResolver(() => [StanceCount], {
    description: "Statements by side and stance: a's, then b's, then third parties'.",
  })
  async stances(@Root() { relationship }: { relationship: RelationshipValue }, @Ctx() { db }: Context) {
    const { a, b, range } = relationship;
    const counts = await findStances(db, a.id, b.id, range);
    return counts.map((count) => ({ ...count, side: count.side ? relationship[count.side] : null }));
  }
}
