import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Article } from "../article/article.type";

export enum IngestStatus {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description: "What ingesting an article did.",
  valuesConfig: {
    CREATED: { description: "A new article; its facts were written." },
    UPDATED: { description: "Its content changed; what it reported before was replaced." },
    UNCHANGED: { description: "The same content as stored; nothing was written." },
  },
});

@ObjectType()
export class IngestResult {
  @Field(() => Article)
  article!: Article;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Int, {
    description:
      "How many facts (meetings, sanctions, statements, agreements, transfers) were written for it; 0 when UNCHANGED.",
  })
  facts!: number;
}
