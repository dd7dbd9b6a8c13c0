import { hashOf } from "./articleId";
import { languagePack } from "../extraction/languages";
import { conceptIndex } from "./conceptIndex";
import { foldText } from "./foldText";
import type { AgreementFact, MeetingFact, SanctionFact, StatementFact, TransferFact } from "../extraction/facts";

/**
 * Deterministic keys on which facts from different articles merge (README, "Merge rules").
 * `actorId` maps an extraction name or code to the actor's node id.
 */
export type ActorId = (nameOrCode: string) => string;

/**
 * The group of a meeting (the countries involved: the participants' and the host) and its own
 * node: the group + host + month (or "undated"). A visit and the talks held during it share the
 * node whoever the reports name; which node a mention without host or date joins is decided in
 * the graph, against the others of its group (src/graph/meetingEvents.ts). An undated report
 * that joins no visit keeps the persons it names in its own key: without a date, nothing else
 * tells a planned trip of Kim Jong Un to Moscow from another man's trip to Russia, and a node
 * holding both would be described with the wrong people (`participants` are actor ids).
 */
export function meetingKey(
  meeting: MeetingFact,
  host: string | null,
  participants: readonly string[],
): { id: string; group: string } {
  const group = [...new Set([...meeting.countries, ...(host ? [host] : [])])].sort().join(",");
  const month = meeting.date?.slice(0, 7) ?? null;
  const persons = month === null ? [...new Set(participants.filter(isPersonId))].sort() : [];
  const own = [group, host ?? "", month ?? "undated", ...(persons.length > 0 ? [persons.join(",")] : [])].join("|");
  return { id: `meeting-${hashOf(own)}`, group };
}

/** Person ids are slugs ("kim-jong-un"); countries ("KP") and organizations ("UN") are not. */
const isPersonId = (id: string) => /[a-z]/.test(id);

/** Same imposer (or unknown) and target: the same sanctions regime. */
export function sanctionId(sanction: SanctionFact, actorId: ActorId): string {
  return `sanction-${hashOf([sanction.imposer ? actorId(sanction.imposer) : "unknown", actorId(sanction.target)].join("|"))}`;
}

/**
 * A report's own statement: a quote is the same statement whoever reports it in the same month
 * (the month the article appeared in, when it gives one); words without a quote are the same
 * statement when the same speaker takes the same stance on the same countries on the same day with
 * the same words said (their concepts and stems, `words`: statementWords), so that two remarks of one speaker on
 * one day in the same tone stay two (without a day, only within the article). Its group is the
 * speaker: which node it joins among the speaker's others is decided in the graph
 * (src/graph/statementEvents.ts). The month bounds the days one node's reports span, which the
 * settling's window relies on (settleStatements): a formula a speaker repeats every year is a
 * statement each time, and reports of one quote either side of a month's end join on their words.
 */
export function statementKey(
  statement: StatementFact,
  actorId: ActorId,
  day: string | null,
  month: string | null,
  article: string,
  words: readonly string[],
): { id: string; group: string } {
  const speaker = actorId(statement.speaker);
  const key = statement.quote
    ? [speaker, foldText(statement.quote), ...(month ? [month] : [])]
    : [speaker, statement.stance, [...statement.about].sort().join(","), day ?? `undated ${article}`, words.join(",")];
  return { id: `statement-${hashOf(key.join("|"))}`, group: speaker };
}

/**
 * What a statement is about, as words comparable across languages: each word (or phrase) the
 * article's language pack gives a concept is that concept (`#evidence`: "bukti", "proof",
 * "доказательства"; conceptIndex), each other word of six letters or more its first four letters
 * (cognates such as sabotage / sabotase / sabotaje share them) and each number itself ("1.000" and
 * "1,000" are 1000). Left out: the stems of `names` (actors are matched by the speaker and the
 * countries, not by the words) and, given the article's language, the words that only frame a
 * remark (frameWords): two remarks of a president on one Tuesday both read "President … accused …
 * on Tuesday", whatever they say. Without a language, stems and numbers only.
 */
export function statementWords(text: string, names: readonly string[], language: string | null = null): string[] {
  const frame = language === null ? new Set<string>() : frameWords(language);
  const concepts = language === null ? null : conceptIndex(language);
  const words = foldText(text.replace(/(\d)[.,](\d{3})\b/g, "$1$2"))
    .split(" ")
    .filter(Boolean);
  const named = new Set(
    names.flatMap((name) =>
      foldText(name)
        .split(" ")
        .filter((w) => w.length >= 4)
        .map((w) => w.slice(0, 4)),
    ),
  );
  const said: string[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i];
    // A frame word says nothing of the remark, even when a concept could read it ("support").
    const hit = frame.has(word) ? null : concepts?.at(words, i);
    i += hit?.length ?? 1;
    if (hit) said.push(...hit.concepts.map((concept) => `#${concept}`));
    else if (/^\d+$/.test(word)) said.push(word);
    else if (word.length >= 6 && !frame.has(word) && !named.has(word.slice(0, 4))) said.push(word.slice(0, 4));
  }
  return [...new Set(said)].sort();
}

const frames = new Map<string, Set<string>>();

/**
 * The words a language pack lists, one word to an entry, for telling who speaks and how: a role
 * ("President", "spokesman"), a verb of saying or of a stance ("said", "accused", "mengatakan"),
 * a weekday or other date hint ("Tuesday", "yesterday"), a pronoun, conjunction or stopword. The
 * stance is compared on its own (statementEvents); these say nothing of what was said. Whole words
 * only, and single-word entries only: "continued" goes, "containers" stays; "military" of
 * "military chief" and "support" of "expressed support" stay, as they often are what was said.
 */
export function frameWords(language: string): Set<string> {
  const known = frames.get(language);
  if (known) return known;
  const pack = languagePack(language);
  const { speech, stance, references, dates } = pack;
  const entries = [
    ...pack.stopwords,
    ...pack.roles.flatMap((role) => role.words),
    ...references.pronouns,
    ...references.conjunctions,
    ...speech.say,
    ...speech.sayInverted,
    ...speech.sayPronominal,
    ...speech.continuation,
    ...speech.complementizers,
    ...Object.values(stance.verbs).flat(),
    ...Object.values(stance.passive).flat(),
    ...dates.hints,
  ];
  const words = new Set(entries.map(foldText).filter((entry) => entry !== "" && !entry.includes(" ")));
  frames.set(language, words);
  return words;
}

/**
 * The same parties, kind and month: one agreement, whichever language or outlet reports it (the
 * June 2024 treaty between Russia and North Korea is `KP,RU|treaty|2024-06`). Names are left out:
 * each language words them differently. Undated reports share the node of their parties and kind.
 */
export function agreementId(agreement: AgreementFact, actorId: ActorId): string {
  const parties = [...new Set(agreement.parties.map(actorId))].sort().join(",");
  return `agreement-${hashOf([parties, agreement.kind, agreement.date?.slice(0, 7) ?? "undated"].join("|"))}`;
}

/**
 * The same supplier, receiver, items and month: one transfer. Status and quantity are left out, so
 * that an alleged shipment and its later confirmation, or two wordings of its size, are one node.
 */
export function transferId(transfer: TransferFact, actorId: ActorId): string {
  const items = [...new Set(transfer.items)].sort().join(",");
  const key = [actorId(transfer.from), actorId(transfer.to), items, transfer.date?.slice(0, 7) ?? "undated"];
  return `transfer-${hashOf(key.join("|"))}`;
}
