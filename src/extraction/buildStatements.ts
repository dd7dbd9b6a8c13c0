import { hasCue, type Doc, type Sentence } from "./document";
import { evidenceOf } from "./entityFacts";
import type { StatementFact } from "./facts";
import { readStatements, type Said } from "./readStatements";
import type { Speaker } from "./speakers";
import { findQuotes } from "./quotes";
import { quoteText, stronger } from "./statementContent";

/**
 * Statements: what each sentence reports someone saying, then tidied across sentences — one
 * statement per speaker and stance in a sentence, and a statement introduced in one sentence and
 * quoted in the next ("X mengecam Rusia." / "“…,” tegasnya.") kept as one.
 */
export function buildStatements(doc: Doc): StatementFact[] {
  const said: Said[] = [];
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    said.push(...oncePerSentence(readStatements(doc, s, previousSpeakers(doc, s, said))));
  }
  return retoldHeadings(previewedQuotes(doc, joinFollowUps(doc, said))).flatMap((x) =>
    x.speakers.map((sp) => ({
      speaker: sp.name,
      speakerCountry: sp.country,
      stance: x.stance,
      about: x.about,
      quote: quoteText(doc, x.quote),
      summary: null,
      evidence: evidenceOf(doc, x.sentence),
    })),
  );
}

/** Who "dia"/"he"/"tegasnya" is: the last speaker of the two sentences before, else the first person named in the previous one. */
function previousSpeakers(doc: Doc, s: Sentence, said: Said[]): Speaker[] | null {
  const last = said[said.length - 1];
  if (last && s.index - last.sentence.index <= 2) return last.speakers;
  const before = doc.sentences[s.index - 1];
  const first = before?.entities.find((m) => m.entity.kind === "person");
  const p = first?.entity.kind === "person" ? doc.persons.get(first.entity.key) : undefined;
  return p ? [{ name: p.name, country: p.country }] : null;
}

const key = (x: Said) => `${x.speakers.map((sp) => sp.name).join("+")}|${x.stance}`;

/**
 * One statement per speaker and stance in a sentence; an unmarked assertion joins the same
 * speaker's marked statement ("said … and accused"), and so does an "other" beside another stance
 * of the same speaker, the stronger one standing ("declined to comment, saying only that … complied
 * with international law" → deny; "did not deny the report and only said ties were developing" → other).
 */
function oncePerSentence(list: Said[]): Said[] {
  const out: Said[] = [];
  const speakers = (x: Said) => x.speakers.map((sp) => sp.name).join("+");
  const weak = (x: Said) => !x.marked || x.stance === "other";
  for (const x of list) {
    const same =
      out.find((o) => key(o) === key(x)) ?? out.find((o) => speakers(o) === speakers(x) && (weak(o) || weak(x)));
    if (!same) {
      out.push(x);
      continue;
    }
    if (!same.marked ? x.marked : x.marked && stronger(x.stance, same.stance)) {
      same.stance = x.stance;
      same.marked = true;
    }
    same.quote ??= x.quote;
    same.about = [...new Set([...same.about, ...x.about])].sort();
  }
  return out;
}

/**
 * A statement followed in the next sentence by the same speaker — with the same stance, or with
 * nothing marking a stance — one of them quoting, is one statement told in two sentences; unless that
 * sentence opens by turning against the one before ("However, he said …", "Namun, ia mengatakan …").
 */
function joinFollowUps(doc: Doc, list: Said[]): Said[] {
  const out: Said[] = [];
  for (const x of list) {
    const prev = out[out.length - 1];
    const sameSpeakers =
      prev && prev.speakers.map((sp) => sp.name).join("+") === x.speakers.map((sp) => sp.name).join("+");
    const next =
      sameSpeakers &&
      x.sentence.index - prev.last === 1 &&
      !x.sentence.cues.some((c) => c.t0 === x.sentence.t0 && hasCue(c, "contrast"));
    // "“We need air defence,” she said. “It saves lives.”": a quotation with no verb of its own right after the same speaker's goes on with it.
    const goesOn =
      next &&
      ((x.bare && sameParagraph(doc, prev.last, x.sentence)) ||
        (!(prev.quote && x.quote) && (prev.stance === x.stance || !x.marked)));
    if (goesOn) {
      if (x.bare && x.marked && (!prev.marked || stronger(x.stance, prev.stance))) {
        prev.stance = x.stance;
        prev.marked = true;
      }
      prev.quote ??= x.quote;
      prev.about = [...new Set([...prev.about, ...x.about])].sort();
      prev.last = x.sentence.index;
    } else out.push(x);
  }
  return out;
}

/**
 * A headline retells what the story reports ("Russia says 'no proof' …" over "The Kremlin said on
 * Monday it had seen no proof …"): a statement read from a heading is dropped when each of its
 * speakers speaks in the body too.
 */
function retoldHeadings(list: Said[]): Said[] {
  const inBody = new Set(list.filter((x) => !x.sentence.heading).flatMap((x) => x.speakers.map((sp) => sp.name)));
  const told = new Set(
    list.filter((x) => !x.claimOnly).flatMap((x) => x.speakers.map((sp) => `${sp.name}|${x.stance}`)),
  );
  return list.filter(
    (x) =>
      (!x.sentence.heading || !x.speakers.every((sp) => inBody.has(sp.name))) &&
      // "… mendapatkan peringatan dari AS" before the sentence that tells the warning: the claim noun names it, the other tells it.
      (!x.claimOnly || !x.speakers.every((sp) => told.has(`${sp.name}|${x.stance}`))),
  );
}

/** No line break between sentence `index` and sentence `s`: one paragraph. */
function sameParagraph(doc: Doc, index: number, s: Sentence): boolean {
  return !doc.text.slice(doc.sentences[index].end, s.start).includes("\n");
}

/** How many of a speaker's earlier statements a quotation is compared with: a lede previews a quotation a few paragraphs on. */
const PREVIEW_LOOKBACK = 6;

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/**
 * A lede quotes a fragment of the words that a later paragraph quotes in full ("Scholz called for a \"fair
 * partnership\"" … "We want a fair partnership," Scholz told reporters): one remark, told twice. A later statement whose quotation holds a fragment quoted in an earlier
 * statement of the same speaker joins it.
 */
function previewedQuotes(doc: Doc, list: Said[]): Said[] {
  const out: Said[] = [];
  const bySpeaker = new Map<string, Said[]>();
  // Each sentence's quotations are found once, however many later statements look back at it.
  const quoted = new Map<number, string[]>();
  const fragments = (y: Said) => {
    let found = quoted.get(y.sentence.index);
    if (!found)
      quoted.set(
        y.sentence.index,
        (found = findQuotes(doc.text, y.sentence.start, y.sentence.end)
          .map((q) => words(doc.text.slice(q.start, q.end)))
          .filter((f) => f.trim())),
      );
    return found;
  };
  for (const x of list) {
    const who = x.speakers.map((sp) => sp.name).join("+");
    const earlier = bySpeaker.get(who) ?? [];
    const said = x.quote ? words(doc.text.slice(x.quote.start, x.quote.end)) : "";
    const previewed =
      x.quote &&
      earlier
        .slice(-PREVIEW_LOOKBACK)
        .find((y) => fragments(y).some((fragment) => fragment.length < said.length && said.includes(fragment)));
    if (previewed) {
      previewed.about = [...new Set([...previewed.about, ...x.about])].sort();
      continue;
    }
    out.push(x);
    bySpeaker.set(who, [...earlier, x]);
  }
  return out;
}
