import { hashOf } from "./articleId";
import type { MeetingFact, SanctionFact, StatementFact } from "../extraction/facts";

/**
 * Deterministic keys on which facts from different articles merge (README, "Merge rules").
 * `actorId` maps an extraction name or code to the actor's node id.
 */
export type ActorId = (nameOrCode: string) => string;

/** Same participants, same month (or both undated): the same meeting. */
export function meetingId(meeting: MeetingFact, actorId: ActorId): string {
  const participants = [...new Set(meeting.participants.map(actorId))].sort();
  return `meeting-${hashOf([participants.join(","), meeting.date?.slice(0, 7) ?? "undated"].join("|"))}`;
}

/** Same imposer (or unknown) and target: the same sanctions regime. */
export function sanctionId(sanction: SanctionFact, actorId: ActorId): string {
  return `sanction-${hashOf([sanction.imposer ? actorId(sanction.imposer) : "unknown", actorId(sanction.target)].join("|"))}`;
}

/**
 * A quote is the same statement whoever reports it; words without a quote are the same statement
 * when the same speaker takes the same stance on the same countries on the same day.
 */
export function statementId(statement: StatementFact, actorId: ActorId, day: string | null): string {
  const speaker = actorId(statement.speaker);
  const key = statement.quote
    ? [speaker, normalizeQuote(statement.quote)]
    : [speaker, statement.stance, [...statement.about].sort().join(","), day ?? "undated"];
  return `statement-${hashOf(key.join("|"))}`;
}

function normalizeQuote(quote: string): string {
  return quote
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
