import { assembleDocument } from "./assembleDocument";
import { cleanText } from "./cleanText";
import { cueIndex } from "./cueIndex";
import { detectLanguage } from "./detectLanguage";
import { countryFacts, personFacts } from "./entityFacts";
import { entityIndex } from "./entityIndex";
import type { ArticleText, ExtractedFacts } from "./facts";
import { findCueMentions, findEntityMentions } from "./findMentions";
import { LANGUAGE_PACKS, languagePack } from "./languages";
import { buildAgreements } from "./buildAgreements";
import { buildMeetings } from "./buildMeetings";
import { buildSanctions } from "./buildSanctions";
import { buildStatements } from "./buildStatements";
import { buildTransfers } from "./buildTransfers";
import { linkClaims } from "./linkClaims";
import { resolveEntities } from "./resolveEntities";
import { parseReference } from "./resolveDates";
import { splitSentences } from "./splitSentences";
import { tokenize } from "./tokenize";

/**
 * Text in, facts out: the whole extraction pipeline. Pure — no I/O and no clock but the article's
 * own `publishedAt` — so the same article always gives byte-identical facts.
 */
export function extract(article: ArticleText): ExtractedFacts {
  const text = cleanText(article.text, LANGUAGE_PACKS);
  const tokens = tokenize(text);
  const language = detectLanguage(article.language, tokens, LANGUAGE_PACKS);
  const pack = languagePack(language);
  const ref = parseReference(article.publishedAt);
  const sentences = splitSentences(text, pack);
  const names = findEntityMentions(text, tokens, entityIndex(language, pack));
  const cues = findCueMentions(text, tokens, cueIndex(pack));
  const { persons, mentions } = resolveEntities(text, tokens, names, cues, pack, ref);
  const doc = assembleDocument({ article, text, language, pack, ref, tokens, persons }, sentences, mentions, cues);
  const agreements = buildAgreements(doc);
  const transfers = buildTransfers(doc);
  return {
    id: article.id,
    language,
    countries: countryFacts(doc),
    persons: personFacts(doc),
    meetings: buildMeetings(doc),
    sanctions: buildSanctions(doc),
    statements: linkClaims(doc, buildStatements(doc), agreements, transfers),
    agreements: agreements.map((a) => a.fact),
    transfers: transfers.map((t) => t.fact),
  };
}
