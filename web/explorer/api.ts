import { postGraphQL } from "../shared/postGraphQL";
import type {
  ActorKind,
  ApiActor,
  ApiAgreement,
  ApiContradiction,
  ApiMeeting,
  ApiSanction,
  ApiStatement,
  ApiTransfer,
} from "./facts";

/** An error from the API, with the sentence it gave and its code (BAD_USER_INPUT, NOT_FOUND …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Runs an operation on this server's public GraphQL API; GraphQL errors become an ApiError. */
export async function query<T>(document: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const body = await postGraphQL<T>({ query: document, variables }, { signal }).catch((error: Error) => {
    if (signal?.aborted) throw error;
    throw new ApiError(error.message);
  });
  if (body.errors?.length)
    throw new ApiError(body.errors.map((e) => e.message).join(" "), body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError("The server sent no data and no error.");
  return body.data;
}

const fields = `
fragment ActorFields on Actor { __typename id name ... on Leader { country { id name } } }
fragment SourceFields on Source { sentence article { id title source url publishedAt } }
fragment MeetingFields on Meeting { id date datePrecision status city location { id name } participants { ...ActorFields } sources { ...SourceFields } }
fragment StatementFields on Statement { id date stance quote text speaker { ...ActorFields } about { ...ActorFields } sources { ...SourceFields } }
fragment AgreementFields on Agreement { id name agreementKind agreementStatus: status date parties { ...ActorFields } sources(first: 5) { ...SourceFields } }
fragment TransferFields on Transfer { id items quantity transferStatus: status date from { ...ActorFields } to { ...ActorFields } sources(first: 5) { ...SourceFields } }
fragment SanctionFields on Sanction { id firstReported status reason imposer { ...ActorFields } target { ...ActorFields } targetCountries { id } sources { ...SourceFields } }
`;

export interface FactLists {
  meetings: ApiMeeting[];
  statements: ApiStatement[];
  sanctions: ApiSanction[];
  agreements: ApiAgreement[];
  transfers: ApiTransfer[];
}

export interface RelationshipData extends FactLists {
  a: ApiActor;
  b: ApiActor;
  contradictions: ApiContradiction[];
  summary: {
    meetings: number;
    statements: number;
    sanctions: number;
    agreements: number;
    transfers: number;
    contradictions: number;
    articles: number;
    firstSeen: string | null;
    lastSeen: string | null;
  };
}

export interface Range {
  from: string | null;
  to: string | null;
}

export async function fetchRelationship(
  a: string,
  b: string,
  range: Range,
  signal?: AbortSignal,
): Promise<RelationshipData> {
  const document = `query ExplorerRelationship($a: String!, $b: String!, $from: String, $to: String) {
    relationship(a: $a, b: $b, from: $from, to: $to, first: 100) {
      a { ...ActorFields } b { ...ActorFields }
      meetings { ...MeetingFields } statements { ...StatementFields } sanctions { ...SanctionFields }
      agreements { ...AgreementFields } transfers { ...TransferFields }
      contradictions { fact { id } asserted { ...ClaimFields } denied { ...ClaimFields } }
      summary { meetings statements sanctions agreements transfers contradictions articles firstSeen lastSeen }
    }
  } ${fields}
  fragment ClaimFields on Statement { stance date speaker { name } sources(first: 1) { sentence article { id title source url publishedAt } } }`;
  return (await query<{ relationship: RelationshipData }>(document, { a, b, ...range }, signal)).relationship;
}

/**
 * An actor's agreements and transfers: `country:` takes a country (with its people), a leader or an
 * organization alike, so every kind of node asks the same.
 */
const cooperationFilters = `agreements(country: $name, from: $from, to: $to, first: 20) { nodes { ...AgreementFields } }
    transfers(country: $name, from: $from, to: $to, first: 20) { nodes { ...TransferFields } }`;

/** How to ask the lists for one actor's facts: the filters differ by kind. */
const neighbourFilters: Record<ActorKind, string> = {
  Country: `meetings(country: $name, from: $from, to: $to, first: 50) { nodes { ...MeetingFields } }
    statements(country: $name, from: $from, to: $to, first: 50) { nodes { ...StatementFields } }
    sanctions(country: $name, from: $from, to: $to, first: 50) { nodes { ...SanctionFields } }
    ${cooperationFilters}`,
  Leader: `meetings(person: $name, from: $from, to: $to, first: 50) { nodes { ...MeetingFields } }
    statements(speaker: $name, from: $from, to: $to, first: 50) { nodes { ...StatementFields } }
    sanctions(imposer: $name, from: $from, to: $to, first: 50) { nodes { ...SanctionFields } }
    targeted: sanctions(target: $name, from: $from, to: $to, first: 50) { nodes { ...SanctionFields } }
    ${cooperationFilters}`,
  // Every kind asks for every kind of fact: a fragment the document does not use fails its validation.
  Organization: `meetings(country: $name, from: $from, to: $to, first: 50) { nodes { ...MeetingFields } }
    statements(speaker: $name, from: $from, to: $to, first: 50) { nodes { ...StatementFields } }
    sanctions(country: $name, from: $from, to: $to, first: 50) { nodes { ...SanctionFields } }
    ${cooperationFilters}`,
};

type Page<T> = { nodes: T[] } | undefined;

/** The facts one actor takes part in (its neighbours in the graph), through the list queries. */
export async function fetchNeighbours(
  kind: ActorKind,
  id: string,
  range: Range,
  signal?: AbortSignal,
): Promise<FactLists> {
  const document = `query ExplorerNeighbours($name: String!, $from: String, $to: String) { ${neighbourFilters[kind]} } ${fields}`;
  const data = await query<{
    meetings?: Page<ApiMeeting>;
    statements?: Page<ApiStatement>;
    sanctions?: Page<ApiSanction>;
    targeted?: Page<ApiSanction>;
    agreements?: Page<ApiAgreement>;
    transfers?: Page<ApiTransfer>;
  }>(document, { name: id, ...range }, signal);
  return {
    meetings: data.meetings?.nodes ?? [],
    statements: data.statements?.nodes ?? [],
    sanctions: [...(data.sanctions?.nodes ?? []), ...(data.targeted?.nodes ?? [])],
    agreements: data.agreements?.nodes ?? [],
    transfers: data.transfers?.nodes ?? [],
  };
}

export interface Candidate {
  kind: ActorKind;
  id: string;
  name: string;
  /** What tells two of the same name apart: a leader's country, "country", "organization". */
  hint: string;
}

/** Countries, leaders and organizations whose names (in any spelling) contain every word typed. */
export async function searchActors(text: string, signal?: AbortSignal): Promise<Candidate[]> {
  const document = `query ExplorerSearch($text: String!) {
    search(text: $text, first: 12) { node { __typename
      ... on Country { id name } ... on Leader { id name country { name } } ... on Organization { id name } } }
  }`;
  const data = await query<{
    search: { node: { __typename: string; id?: string; name?: string; country?: { name: string } | null } }[];
  }>(document, { text }, signal);
  return data.search
    .map((hit) => hit.node)
    .filter((node): node is { __typename: ActorKind; id: string; name: string; country?: { name: string } | null } =>
      ["Country", "Leader", "Organization"].includes(node.__typename),
    )
    .map((node) => ({
      kind: node.__typename,
      id: node.id,
      name: node.name,
      hint: hintOf(node.__typename, node.country?.name),
    }));
}

/** Every country and leader by name (the first 100 of each), for matching the start of a word. */
export async function fetchNames(): Promise<Candidate[]> {
  const document = `query ExplorerNames {
    countries(first: 100) { nodes { id name } }
    leaders(first: 100) { nodes { id name country { name } } }
  }`;
  const data = await query<{
    countries: { nodes: { id: string; name: string }[] };
    leaders: { nodes: { id: string; name: string; country: { name: string } | null }[] };
  }>(document, {});
  return [
    ...data.countries.nodes.map((c) => ({ kind: "Country" as const, id: c.id, name: c.name, hint: "country" })),
    ...data.leaders.nodes.map((l) => ({
      kind: "Leader" as const,
      id: l.id,
      name: l.name,
      hint: hintOf("Leader", l.country?.name),
    })),
  ];
}

const hintOf = (kind: ActorKind, country: string | undefined) =>
  kind === "Leader" ? (country ? `leader · ${country}` : "leader") : kind.toLowerCase();
