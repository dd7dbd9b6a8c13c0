import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The service and the Neo4j behind it." })
export class Status {
  @Field({ description: "newsgraph's version." })
  version!: string;

  @Field({ description: "The Neo4j server's version, e.g. 5.26.19." })
  neo4jVersion!: string;

  @Field({ description: "The Neo4j edition: community or enterprise." })
  neo4jEdition!: string;
}
