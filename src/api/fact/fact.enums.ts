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

export enum AgreementKind {
  TREATY = "treaty",
  AGREEMENT = "agreement",
  MEMORANDUM = "memorandum",
  DEAL = "deal",
}
registerEnumType(AgreementKind, { name: "AgreementKind", description: "What form an agreement takes." });

export enum AgreementStatus {
  PLANNED = "planned",
  SIGNED = "signed",
  RATIFIED = "ratified",
  IN_FORCE = "in_force",
  SUSPENDED = "suspended",
  CANCELLED = "cancelled",
}
registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "Where an agreement stands, as the most recently published report has it.",
});

export enum TransferItem {
  WEAPONS = "weapons",
  AMMUNITION = "ammunition",
  MISSILES = "missiles",
  TROOPS = "troops",
  WORKERS = "workers",
  OIL = "oil",
  FOOD = "food",
  TECHNOLOGY = "technology",
  MONEY = "money",
  OTHER = "other",
}
registerEnumType(TransferItem, { name: "TransferItem", description: "What a transfer moves." });

export enum TransferStatus {
  ALLEGED = "alleged",
  CONFIRMED = "confirmed",
  PLANNED = "planned",
}
registerEnumType(TransferStatus, {
  name: "TransferStatus",
  description:
    "ALLEGED: reported or accused, not acknowledged by a party (never a fact: see its claims); CONFIRMED: acknowledged by a party; PLANNED: not yet sent.",
});
