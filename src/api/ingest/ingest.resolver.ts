import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { BadInputError, ErrorCode, NewsgraphError } from "../../errors";
import { articlesById } from "../../graph/articlesById";
import { deleteArticle } from "../../graph/deleteArticle";
import { ingestArticles, type IngestOutcome } from "../../ingestion/ingestArticles";
import type { Context } from "../context";
import { ArticleInput } from "./article.input";
import { IngestResult, IngestStatus } from "./ingestResult.type";

export const maxBatch = 500;

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: "Reads one article into the graph." })
  async ingestArticle(
    @Arg("input", () => ArticleInput) input: ArticleInput,
    @Ctx() { db }: Context,
  ): Promise<IngestResult> {
    const [result] = await results(db, await ingestArticles(db, [input]));
    if (result instanceof Error) throw result;
    return result;
  }

  @Mutation(() => [IngestResult], {
    nullable: "items",
    description: `Reads up to ${maxBatch} articles; each gets its own result, or null and its own error (at its index in \`errors[].path\`).`,
  })
  async ingestArticles(
    @Arg("input", () => [ArticleInput]) input: ArticleInput[],
    @Ctx() { db }: Context,
  ): Promise<Array<IngestResult | Error>> {
    if (input.length > maxBatch)
      throw new BadInputError(`A batch holds at most ${maxBatch} articles; this one has ${input.length}.`);
    // An id twice in one batch is refused by ingestArticles (ingestion/callIds.ts), before anything is written.
    return results(db, await ingestArticles(db, input));
  }

  @Mutation(() => Boolean, {
    description: "Deletes an article and every fact only it supported; false when there was no such article.",
  })
  deleteArticle(@Arg("id", () => ID) id: string, @Ctx() { db }: Context): Promise<boolean> {
    return deleteArticle(db, id);
  }
}

/** Each outcome as a result with its article, or its error; one read for all the articles. */
async function results(db: Context["db"], outcomes: IngestOutcome[]): Promise<Array<IngestResult | Error>> {
  const ok = outcomes.filter((o) => o.ok);
  const articles = await articlesById(
    db,
    ok.map((o) => o.id),
  );
  return outcomes.map((o) => {
    if (!o.ok) return o.error;
    const article = articles.get(o.id);
    // Written, then deleted by a concurrent deleteArticle before we read it back.
    if (!article)
      return new NewsgraphError(
        ErrorCode.NOT_FOUND,
        `The article "${o.id}" was written, then deleted by another request.`,
      );
    return { article, status: IngestStatus[o.status], facts: o.facts };
  });
}
