import DataLoader from "dataloader";
import type { Database } from "../graph/database";
import { articleCopies } from "../graph/articleCopies";
import { articlesById } from "../graph/articlesById";
import { findActorsById, findArticleLinks, findLeadersOf, findRoles } from "../graph/actorLinks";
import {
  findClaims,
  findMeetingLinks,
  findPartyLinks,
  findSanctionLinks,
  findSources,
  findStatementLinks,
} from "../graph/factLinks";
import { findMeetings, type MeetingRequest } from "../graph/meetings";
import { findStatements, type StatementRequest } from "../graph/statements";
import { resolveActors, type NameQuery } from "./names/resolveActors";

/**
 * The per-request DataLoaders: every nested field (a meeting's participants, a fact's sources, a
 * leader's country …) asks its loader, which gathers the keys of one tick into one query. So a
 * request costs one query per kind of nested field, however long its lists are. Created for each
 * request (createContext), never shared: a loader's cache must not outlive the request.
 */
export function createLoaders(db: Database) {
  const batch = <K, V>(load: (keys: readonly K[]) => Promise<V[]>) => new DataLoader<K, V>(load);
  const byRequest = <K, V>(load: (keys: readonly K[]) => Promise<V[]>) =>
    new DataLoader<K, V, string>(load, { cacheKeyFn: (key) => JSON.stringify(key) });
  return {
    actorNames: byRequest((queries: readonly NameQuery[]) => resolveActors(db, queries)),
    actors: batch((ids: readonly string[]) => findActorsById(db, ids)),
    articles: batch(async (ids: readonly string[]) => {
      const found = await articlesById(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    articleLinks: batch((ids: readonly string[]) => findArticleLinks(db, ids)),
    articleCopies: batch((ids: readonly string[]) => articleCopies(db, ids)),
    roles: batch((ids: readonly string[]) => findRoles(db, ids)),
    leadersOf: batch((ids: readonly string[]) => findLeadersOf(db, ids)),
    meetingLinks: batch((ids: readonly string[]) => findMeetingLinks(db, ids)),
    statementLinks: batch((ids: readonly string[]) => findStatementLinks(db, ids)),
    sanctionLinks: batch((ids: readonly string[]) => findSanctionLinks(db, ids)),
    partyLinks: batch((ids: readonly string[]) => findPartyLinks(db, ids)),
    claims: batch((ids: readonly string[]) => findClaims(db, ids)),
    sources: batch((ids: readonly string[]) => findSources(db, ids)),
    meetingPages: byRequest((requests: readonly MeetingRequest[]) => findMeetings(db, requests)),
    statementPages: byRequest((requests: readonly StatementRequest[]) => findStatements(db, requests)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
