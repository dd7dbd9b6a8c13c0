import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { databaseStatus } from "../../graph/status";
import { Status } from "./status.type";

@Resolver(() => Status)
export class StatusResolver {
  @Query(() => Status, { description: "Which newsgraph and which Neo4j answer this API." })
  status(@Ctx() { db }: Context): Promise<Status> {
    return databaseStatus(db);
  }
}
