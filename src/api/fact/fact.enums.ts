import { registerEnumType } from "type-graphql";
import { FACT_KINDS, factKinds, type FactKind as Kind } from "../../kinds/factKinds";

/** GraphQL names in upper case; values are the graph's (record kinds, stored lower-case enum values). */
export const FactKind = Object.fromEntries(FACT_KINDS.map((kind) => [factKinds[kind].graphql, kind])) as {
  [K in Kind as (typeof factKinds)[K]["graphql"]]: K;
};
export type FactKind = Kind;
registerEnumType(FactKind, {
  name: "FactKind",
  description: "The kinds of fact the graph holds (src/kinds/factKinds.ts).",
});

export enum MeetingStatus {
  OCCURRED = "occurred",
  PLANNED = "planned",
  ONGOING = "ongoing",
  CANCELLED = "cancelled",
}
registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place, as the latest report has it.",
});

export enum DatePrecision {
  DAY = "day",
  MONTH = "month",
}
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How much of a date the articles fix." });

export enum Stance {
  ASSERT = "assert",
  DENY = "deny",
  ACCUSE = "accuse",
  SUPPORT = "support",
  WARN = "warn",
  OTHER = "other",
}
registerEnumType(Stance, { name: "Stance", description: "What a statement does." });

export enum SanctionStatus {
  IN_FORCE = "in_force",
  ANNOUNCED = "announced",
  LIFTED = "lifted",
  VETOED = "vetoed",
}
registerEnumType(SanctionStatus, { name: "SanctionStatus" });
