import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { FACT_KINDS, factKinds, type FactKind } from "../../kinds/factKinds";
import { Connection } from "../pagination/connection.type";

/** GraphQL names in upper case; values are the feed's (ARTICLE and the fact kinds' labels). */
export const ChangeKind = {
  ARTICLE: "Article",
  ...(Object.fromEntries(FACT_KINDS.map((kind) => [factKinds[kind].graphql, kind])) as {
    [K in FactKind as (typeof factKinds)[K]["graphql"]]: K;
  }),
};
registerEnumType(ChangeKind, { name: "ChangeKind", description: "What a change of the feed is about." });

export enum ChangeOp {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  DELETED = "DELETED",
}
registerEnumType(ChangeOp, { name: "ChangeOp", description: "What happened to the article or fact." });

@ObjectType({
  description:
    "One entry of the change feed: an article or fact created, updated or deleted, with its state after the change.",
})
export class Change {
  @Field(() => ChangeKind)
  kind!: string;

  @Field(() => ID, { description: "The article's or fact's id (for a deletion, the id that went)." })
  id!: string;

  @Field(() => ChangeOp)
  op!: ChangeOp;

  @Field(() => String, {
    nullable: true,
    description:
      "Its state after the change, as JSON; null for a deletion. An article: {properties, reports: [{fact, sentence, start, end, …}], mentions: [actor ids]}. A fact: {properties, actors: [{type, actor, out}], claims: [fact ids]}. A fact's sources are the articles whose reports name it.",
  })
  snapshot!: string | null;

  @Field({ description: "When the change was recorded (ISO 8601)." })
  at!: string;
}

@ObjectType({ description: "A page of the change feed, oldest change first." })
export class ChangeConnection extends Connection("Change", Change) {}
