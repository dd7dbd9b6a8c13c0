import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  type ClassType,
} from "type-graphql";
import { findCooperation, type CooperationFilter } from "../../graph/cooperation";
import { dateRange } from "../../graph/dateRange";
import type { FactRecords } from "../../graph/records";
import { factKinds, type GenericKind, type PartyType } from "../../kinds/factKinds";
import { Actor } from "../actor/actor.type";
import { Claims } from "../claims/claims.type";
import { claimsOf } from "../claims/claimsOf";
import type { Context } from "../context";
import { anyActor } from "../names/resolveActors";
import { resolveIds } from "../names/resolveIds";
import { Connection, toConnection } from "../pagination/connection.type";
import { PageArgs, pageOf } from "../pagination/page.args";
import { capList } from "../security/listCaps";
import { Fact } from "./fact.type";
import { minIndependentSourcesOf } from "./minIndependentSources";

/** A GraphQL type as type-graphql takes it (`() => String`, `() => [TransferItem]`). */
type TypeOf = Parameters<typeof Field>[0] & (() => unknown);

/**
 * A filter of the list after `country`: a party in one role (by its party relationship), or a
 * property of the node equal to the value, or holding it among its values (`holds`, a list property).
 */
export type GenericFilter = { description?: string } & (
  { party: PartyType } | { property: string; holds?: boolean; type: TypeOf }
);

/** What a generic kind shows in GraphQL beyond what the registry says of it, in the schema's order. */
export interface GenericKindApi {
  description: string;
  /** The description of its list (the query named after the registry's `list`). */
  listDescription: string;
  /** The description of its list in a relationship (`relationship { agreements }`). */
  inRelationship: string;
  /**
   * Its own fields, each read from its node's property of the same name (or `property`); `fallback`
   * is what a node without it reads as (ingestion always writes them: a list does not fail for one).
   */
  fields: Record<
    string,
    { type: TypeOf; nullable?: boolean; description?: string; property?: string; fallback?: unknown }
  >;
  /** Its parties as fields, by party relationship: every actor in it (`many`), or the first. */
  parties: Record<string, { party: PartyType; many: boolean; description: string }>;
  /** The description of the list's `country` filter (a party in any role). */
  country: string;
  filters: Record<string, GenericFilter>;
}

export interface GenericType {
  type: ClassType;
  resolver: ClassType;
  inRelationship: string;
}

/**
 * The GraphQL side of a generic kind (src/kinds/factKinds.ts: `generic`), built from its registry
 * entry and `api`: its object type (Fact's fields, then its own, its parties and, when claimable,
 * its claims, all read from its record: GenericRecord), its connection, and its list query, which
 * findCooperation reads with the filters named by what they read. The date, language, source and
 * minIndependentSources filters every list has come last.
 */
export function genericKind(kind: GenericKind, api: GenericKindApi): GenericType {
  const { list, claimable } = factKinds[kind];

  @ObjectType(kind, { implements: Fact, description: api.description })
  class Type extends Fact {}

  @ObjectType(`${kind}Connection`, { description: `A page of ${list}.` })
  class TypeConnection extends Connection(kind, Type) {}

  @ArgsType()
  class FilterArgs extends PageArgs {}
  const filterField = (name: string, type: TypeOf, description?: string) =>
    Field(type, { nullable: true, description })(FilterArgs.prototype, name);
  filterField("country", () => String, api.country);
  for (const [name, filter] of Object.entries(api.filters))
    filterField(name, "party" in filter ? () => String : filter.type, filter.description);
  filterField("from", () => String, "Dated on or after this date (overlap: 2024-06 matches 2024-06-19).");
  filterField("to", () => String, "Dated on or before this date.");
  filterField("language", () => String, "Reported by an article in this language (ISO 639-1).");
  filterField("source", () => String, "Reported by this outlet.");
  filterField(
    "minIndependentSources",
    () => Int,
    "Reported by at least this many independent sources: distinct original reports, a wire story and its copies counting once.",
  );

  // The filters by what they read; `args[name]` is the value of the filter `name`.
  const filters = Object.entries(api.filters).map(([name, filter]) => ({ name, ...filter }));
  const parties = filters.flatMap((f) => ("party" in f ? [f] : []));
  const properties = filters.flatMap((f) => ("property" in f ? [f] : []));
  const values = (args: Record<string, string | null>, holds: boolean) =>
    Object.fromEntries(properties.filter((f) => !!f.holds === holds).map((f) => [f.property, args[f.name]]));

  @Resolver(() => Type)
  class TypeResolver {
    @Query(() => TypeConnection, { name: list, description: api.listDescription })
    async list(@Args(() => FilterArgs) args: Record<string, string | null>, @Ctx() { db, loaders }: Context) {
      const page = pageOf(args as unknown as PageArgs);
      const range = dateRange(args);
      const ids: Record<string, string | null> = await resolveIds(loaders, {
        country: { name: args.country, kinds: anyActor },
        ...Object.fromEntries(parties.map(({ name }) => [name, { name: args[name], kinds: anyActor }])),
      });
      const filter: CooperationFilter = {
        ...range,
        country: ids.country,
        parties: Object.fromEntries(parties.map(({ name, party }) => [party, ids[name]])),
        equal: values(args, false),
        holds: values(args, true),
        language: args.language ?? null,
        source: args.source ?? null,
        minIndependentSources: minIndependentSourcesOf(args.minIndependentSources as unknown as number | null),
      };
      return toConnection(await findCooperation(db, kind, filter, page));
    }
  }

  for (const [name, { type, property, fallback, ...options }] of Object.entries(api.fields))
    fieldResolver(TypeResolver, name, type, options, async (fact) => fact.props[property ?? name] ?? fallback ?? null);
  for (const [name, { party, many, description }] of Object.entries(api.parties))
    fieldResolver(
      TypeResolver,
      name,
      () => (many ? [Actor] : Actor),
      { nullable: !many, description },
      async (fact, { loaders }) => {
        const actors = (await loaders.partyLinks.load(fact.id))[party] ?? [];
        return many ? capList(actors, name) : (actors[0] ?? null);
      },
    );
  if (claimable)
    fieldResolver(
      TypeResolver,
      "claims",
      () => Claims,
      { description: "Who asserts, accuses or denies it, with their statements." },
      async (fact, { loaders }) => claimsOf(await loaders.claims.load(fact.id)),
    );

  return { type: Type, resolver: TypeResolver, inRelationship: api.inRelationship };
}

/**
 * Adds a field resolver `(fact, context) => value` to a resolver class: the decorators a method
 * written in the class would get (`@FieldResolver`, `@Root`, `@Ctx`), applied by hand because the
 * fields are the kind's.
 */
function fieldResolver(
  resolver: ClassType,
  name: string,
  type: TypeOf,
  options: { nullable?: boolean; description?: string },
  resolve: (fact: FactRecords[GenericKind], context: Context) => Promise<unknown>,
): void {
  const prototype = resolver.prototype as Record<string, unknown>;
  prototype[name] = resolve;
  Root()(prototype, name, 0);
  Ctx()(prototype, name, 1);
  FieldResolver(type, options)(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
}
