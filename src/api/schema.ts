import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { StatusResolver } from "./status/status.resolver";

/** The GraphQL schema; `schema/schema.graphql` is its printed, committed form. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [StatusResolver],
    validate: false,
  });
}
