import { ObjectType } from "type-graphql";
import { Connection } from "../pagination/connection.type";
import { Article } from "./article.type";

@ObjectType({ description: "A page of articles." })
export class ArticleConnection extends Connection("Article", Article) {}
