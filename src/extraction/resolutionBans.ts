import { hasCue, type Doc, type Sentence } from "./document";
import { codeOf, leadingCountries } from "./sentenceQueries";

/** How far from the resolution word the UN and the verb of banning may stand ("UN Security Council resolutions ban …"). */
const REACH = 8;
/** How far after the verb of banning its object may stand ("bans North Korea from", "melarang Korea Utara"). */
const OBJECT_REACH = 2;

/**
 * States under a UN Security Council sanctions regime, past or present (committees 1718 North Korea,
 * 2231 Iran, 1970 Libya, 2713 Somalia, 2206 South Sudan, 1591 Sudan, 2127 Central African Republic,
 * 2140 Yemen, 1518 Iraq, 1636 Lebanon, 1533 DR Congo, 2653 Haiti, 1988 Afghanistan, 2374 Mali): a ban
 * whose object goes unnamed ("banned under UN resolutions") is on the one of these the text names.
 */
export const UN_REGIMES: ReadonlySet<string> = new Set([
  "KP",
  "IR",
  "LY",
  "SO",
  "SS",
  "SD",
  "CF",
  "YE",
  "IQ",
  "LB",
  "CD",
  "HT",
  "AF",
  "ML",
]);

/** A UN sanctions regime told as background: whom it hits, and the sentence that tells it. */
export interface ResolutionBan {
  target: string;
  sentence: Sentence;
}

/**
 * UN resolutions that ban something ("missiles banned under UN Security Council resolutions",
 * "sebelum resolusi DK PBB melarang mereka"): a UN sanctions regime in force. Its target is the
 * state the verb bans, else a state under a UN regime named in the sentence, else one of the
 * article's two leading states that is; else there is none.
 */
export function resolutionBans(doc: Doc): ResolutionBan[] {
  const out: ResolutionBan[] = [];
  for (const s of doc.sentences) {
    if (s.dateline) continue;
    const resolution = s.cues.find((k) => hasCue(k, "resolution"));
    if (!resolution) continue;
    const near = (t0: number, t1: number) => t1 >= resolution.t0 - REACH && t0 <= resolution.t1 + REACH;
    const un = s.entities.some((m) => m.entity.kind === "org" && m.entity.id === "UN" && near(m.t0, m.t1));
    const ban = s.cues.find((k) => hasCue(k, "ban") && near(k.t0, k.t1));
    if (!un || !ban) continue;
    const object = s.entities.find(
      (m) => m.entity.kind === "country" && !m.inRole && m.t0 >= ban.t1 && m.t0 <= ban.t1 + OBJECT_REACH,
    );
    const named = s.entities.flatMap((m) => (m.entity.kind === "country" ? [m.entity.code] : []));
    const target =
      (object ? codeOf(doc, object.entity) : null) ??
      named.find((c) => UN_REGIMES.has(c)) ??
      leadingCountries(doc, 2).find((c) => UN_REGIMES.has(c)) ??
      null;
    if (target) out.push({ target, sentence: s });
  }
  return out;
}
