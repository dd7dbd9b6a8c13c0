import { articleFilterOf } from "./article.filter";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { findArticles } from "../../graph/articles";
import type { ActorRecord, ArticleRecord, FactRecord, OutletRecord } from "../../graph/records";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Fact } from "../fact/fact.type";
import { Outlet } from "../outlet/outlet.type";
import { toConnection } from "../pagination/connection.type";
import { firstOfList, ListFirst } from "../pagination/listFirst";
import { pageOf } from "../pagination/page.args";
import { ArticleFilterArgs } from "./article.args";
import { ArticleConnection } from "./article.connection";
import { Article } from "./article.type";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "The article with this id; null when there is none." })
  article(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<ArticleRecord | null> {
    return loaders.articles.load(id);
  }

  @Query(() => ArticleConnection, { description: "Articles, the most recently published first." })
  async articles(@Args() args: ArticleFilterArgs, @Ctx() { db, loaders }: Context) {
    const page = pageOf(args);
    return toConnection(await findArticles(db, await articleFilterOf(args, loaders), page));
  }

  @FieldResolver(() => [Fact], { description: "The facts it reports, newest first." })
  async facts(
    @Root() article: ArticleRecord,
    @ListFirst() first: number,
    @Ctx() { loaders }: Context,
  ): Promise<FactRecord[]> {
    return firstOfList((await loaders.articleLinks.load(article.id)).facts, first);
  }

  @FieldResolver(() => [Actor], { description: "The countries, leaders and organizations it names." })
  async mentions(
    @Root() article: ArticleRecord,
    @ListFirst() first: number,
    @Ctx() { loaders }: Context,
  ): Promise<ActorRecord[]> {
    return firstOfList((await loaders.articleLinks.load(article.id)).mentions, first);
  }

  @FieldResolver(() => Outlet, { nullable: true, description: "Who published it; null when it has no URL or source." })
  async outlet(@Root() article: ArticleRecord, @Ctx() { loaders }: Context): Promise<OutletRecord | null> {
    return (await loaders.articleCopies.load(article.id)).outlet;
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description:
      "The original report this article is a near-duplicate of (a wire copy, a syndicated reprint): the earliest published of its near-duplicates; null when it is the original or has none.",
  })
  async copyOf(@Root() article: ArticleRecord, @Ctx() { loaders }: Context): Promise<ArticleRecord | null> {
    const { copyOf } = await loaders.articleCopies.load(article.id);
    return copyOf ? loaders.articles.load(copyOf) : null;
  }
}
