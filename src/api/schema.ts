import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
// First, as the agreements were: the order of imports is the order of the printed schema.
import { genericTypes } from "./fact/genericTypes";
import { ArticleResolver } from "./article/article.resolver";
import { ChangeResolver } from "./change/change.resolver";
import { ConnectionsResolver } from "./connections/connections.resolver";
import { CountryResolver } from "./country/country.resolver";
import { FactResolver } from "./fact/fact.resolver";
import { IngestResolver } from "./ingest/ingest.resolver";
import { LeaderResolver } from "./leader/leader.resolver";
import { MeetingResolver } from "./meeting/meeting.resolver";
import { OrganizationResolver } from "./organization/organization.resolver";
import { RelationshipResolver } from "./relationship/relationship.resolver";
import { RelationshipSummaryResolver } from "./relationship/relationshipSummary.resolver";
import { SanctionResolver } from "./sanction/sanction.resolver";
import { SearchResolver } from "./search/search.resolver";
import { StatementResolver } from "./statement/statement.resolver";
import { StatusResolver } from "./status/status.resolver";

/** The GraphQL schema; `schema/schema.graphql` is its printed, committed form. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      IngestResolver,
      StatusResolver,
      // The read side (issue 4, Queries).
      CountryResolver,
      LeaderResolver,
      OrganizationResolver,
      ArticleResolver,
      FactResolver,
      MeetingResolver,
      StatementResolver,
      SanctionResolver,
      ...Object.values(genericTypes).map((kind) => kind.resolver),
      RelationshipResolver,
      RelationshipSummaryResolver,
      ConnectionsResolver,
      SearchResolver,
      // For loading scripts (issue 17): what changed since a cursor.
      ChangeResolver,
    ],
    validate: false,
  });
}
