import type { AgreementKind, Stance, TransferItem } from "../facts";
import type { ConceptWords } from "./concepts";

/**
 * A language pack is DATA: the words with which one language reports meetings, speech, stances,
 * sanctions, roles and dates, plus its page furniture. The pipeline never names a word of any
 * language; adding French is a new `fr.ts` and one line in `languages/index.ts`.
 *
 * Phrase lists are matched case-insensitively on whole words, accents ignored, a hyphen or
 * apostrophe counting as a word break ("two-day" = "two day"). One pattern is special:
 * "lud … ein" matches the head word "lud" only when the particle "ein" follows within a few words
 * (German separable verbs).
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** Name of the chrono-node parser for this language, when chrono has one. */
  chrono?: ChronoLocale;
  /** Frequent function words, used only to detect the language of unlabelled text. */
  stopwords: string[];
  /**
   * Abbreviations (without their period) after which a period never ends a sentence: titles
   * ("Dr"), month abbreviations ("Sept"). Acronyms ("U.S.", "AS.") and initials are guarded by rule.
   */
  abbreviations: string[];
  /** Words before a number whose period makes it an ordinal, not a sentence's end ("das 17. Sanktionspaket"). Optional. */
  ordinalLeads?: string[];
  furniture: Furniture;
  countries: CountryWords;
  /** Organisation id ("UN", "EU", "NATO") → the names this language gives it. */
  organizations: Record<string, string[]>;
  roles: RoleCue[];
  /** Words that never belong to a person's name even when capitalised (institutions, weekdays). */
  nonNameWords: string[];
  /** Small words allowed between a role and the name it introduces ("untuk", "to the"). */
  connectors: string[];
  /** Words that may stand between a role and its country before it ("Russian deputy envoy"). */
  roleModifiers: string[];
  /** Those of roleModifiers that make the holder a deputy, not the office's own ("deputy", "wakil"). Optional: none when absent. */
  deputyWords?: string[];
  /** Words after which a person's name follows ("bernama", "named", "namens", "llamado"). Optional: none when absent. */
  nameIntroducers?: string[];
  /** Prepositions that give the country of the name before them in a list of leaders ("Macky Sall dari Senegal", "of Senegal"). Optional: none when absent. */
  nationalityPreps?: string[];
  references: ReferenceWords;
  speech: SpeechWords;
  stance: StanceWords;
  meeting: MeetingWords;
  sanction: SanctionWords;
  dates: DateWords;
  /**
   * Case endings of an inflecting language (Polish, Russian). When present, every phrase and every
   * word of the text is matched on its stem — the word without the longest of these endings that
   * leaves at least `minStem` letters — so "Rosja", "Rosji", "Rosję" or "Россия", "России", "Россией"
   * are one name, and "Putina" is "Putin". Endings are written as normalised words are (lower case,
   * accents folded, Cyrillic transliterated: "ей" → "ey" after a consonant, "yey" after a vowel).
   */
  inflection?: Inflection;
  /** Treaties, deals and memoranda, and what became of them. Optional: no agreements when absent. */
  agreements?: AgreementWords;
  /** Arms, troops, oil … sent from one state to another. Optional: no transfers when absent. */
  transfers?: TransferWords;
  /**
   * This language's words for the shared concepts of diplomatic and security news (concepts.ts):
   * "bukti", "proof" and "Beweis" are all `evidence`, so a remark told in two languages can be
   * matched on what it is about (ingestion/statementWords). Optional: stems only when absent.
   */
  concepts?: ConceptWords;
}

export interface AgreementWords {
  /**
   * Kind → the nouns that name one ("treaty", "perjanjian", "Vertrag", "договор"); under `agreement`
   * also the verbs of agreeing whose subjects are its parties ("agreed to", "sepakat", "договорились").
   */
  kinds: Record<AgreementKind, string[]>;
  /**
   * Phrases holding a kind noun that name no agreement between states ("gencatan senjata" holds the
   * weapons word, "in agreement with" is an opinion): matched as longer phrases, they hide the word.
   */
  notAgreements: string[];
  /** Verbs of signing, concluding ("signed", "menandatangani", "unterzeichnet", "firmó", "заключили"). */
  signed: string[];
  /** Ratification ("ratified", "meratifikasi", "ratifiziert"). */
  ratified: string[];
  /** A standing agreement ("under the treaty", "in force", "berlaku"). */
  inForce: string[];
  /** Suspension ("suspended", "menangguhkan", "ausgesetzt"). */
  suspended: string[];
  /** Ending one ("withdrew from", "cancelled", "membatalkan", "gekündigt"). */
  cancelled: string[];
  /** Not yet signed: plans, talks, drafts, future tense ("will sign", "akan", "plant", "negotiating"). */
  planned: string[];
  /** "no", "tidak ada", "kein", "aucun": before the noun, the text denies an agreement exists (a statement, not a fact). Optional. */
  none?: string[];
  /** Speculation ("potential", "possible", "kemungkinan", "mögliche"): an agreement only guessed at is no fact. Optional. */
  hypothetical?: string[];
  /**
   * Anniversary words ("anniversary", "peringatan", "Jahrestag", "годовщина"): next to a number and
   * before an agreement noun, the text commemorates an old agreement, it reports none. Optional.
   */
  anniversary?: string[];
  /**
   * Mediation ("brokered by", "mediated by", "mediasi", "Vermittlung", "médiateurs"): the states named
   * right after it helped two others agree; they are not parties. Optional.
   */
  mediation?: string[];
  /**
   * Words for the ties between states ("relations", "cooperation", "hubungan", "Zusammenarbeit",
   * "отношения"): a statement about the ties of two states that made an agreement speaks of it. Optional.
   */
  relations?: string[];
  /**
   * Words opening a condition or an indirect question ("if", "whether", "jika", "apakah", "ob", "si",
   * "czy", "если"): an agreement noun after one is only supposed; it refers to an agreement told
   * elsewhere, or to none. Optional.
   */
  supposed?: string[];
  /**
   * Adjectives of an earlier agreement ("previous", "former", "sebelumnya", "früheren", "anterior",
   * "précédent", "poprzedni", "прежний"): right beside the noun they name another, older agreement
   * between the same parties. Optional.
   */
  earlier?: string[];
}

export interface TransferWords {
  /** Verbs and nouns of sending ("sent", "supplying", "deliveries", "mengirim", "pasokan", "liefert", "поставки"): the subject sends. */
  send: string[];
  /**
   * Those of `send` that are nouns ("shipments", "pengiriman", "bantuan", "Lieferungen", "envío"):
   * a noun has no subject; the state right before it or right after it is whose it is, the sender
   * ("Russian deliveries", "bantuan Rusia"). Optional.
   */
  nouns?: string[];
  /** Verbs of receiving ("received", "bought", "menerima", "erhielt", "получила"): the subject receives. */
  receive: string[];
  /** Item category → its nouns ("shells" → ammunition, "pasukan" → troops, "нефть" → oil). */
  items: Partial<Record<TransferItem, string[]>>;
  /** Phrases holding an item word that name no item ("gencatan senjata", "nuclear weapons program"): they hide it. */
  notItems: string[];
  /** Prepositions before the receiver ("to", "ke", "kepada", "an", "à", "в"). */
  toPreps: string[];
  /** Prepositions before the sender ("from", "dari", "aus", "desde", "из"). */
  fromPreps: string[];
  /**
   * "on the side of", "alongside", "di pihak", "an der Seite", "на стороне": the state after it is the
   * one the troops fight for, their receiver, wherever they are sent ("to Ukraine, on Russia's side"). Optional.
   */
  sidePreps?: string[];
  /** The transfer is only reported or accused ("allegedly", "reportedly", "diduga", "mutmaßlich", "presunto"). */
  alleged: string[];
  /** A party acknowledges it ("confirmed", "acknowledged", "mengakui", "bestätigte"). */
  confirmed: string[];
  /** Not yet sent: promises, plans, future tense ("will send", "akan", "plans to", "pledged"). */
  planned: string[];
  /**
   * Adverbs that set a sending before the news ("previously", "sebelumnya", "zuvor", "anteriormente",
   * "précédemment", "wcześniej", "ранее"): just before the verb, an earlier shipment, told apart from
   * the one reported. Optional.
   */
  earlier?: string[];
  /**
   * "in exchange for", "in return for", "sebagai imbalan", "im Gegenzug für", "a cambio de", "en échange
   * de", "w zamian za", "в обмен на": the items after it move the other way, from receiver to sender. Optional.
   */
  exchange?: string[];
  /**
   * Nouns of the one who sends ("supplier", "pemasok", "Lieferant", "proveedor", "fournisseur",
   * "dostawca", "поставщик"): whose supplier it is ("Russia's supplier", "pemasok Rusia") receives, the
   * subject sends. Optional; they count as nouns of sending.
   */
  suppliers?: string[];
  /**
   * Passive forms of sending whose agent follows with no preposition ("senjata yang dikirim Korea Utara",
   * "дроны, поставленные Ираном"): the state right after one sends, it is not the receiver. They count as
   * verbs of sending. Optional; empty where the agent takes a preposition ("by", "von", "por", "przez").
   */
  passive?: string[];
  /**
   * A participle of accusing right after a noun, with no object before its preposition ("firms accused
   * of supplying", "empresas acusadas de", "società accusate di"): the noun is accused, it does not speak,
   * so a demonym on it ("Chinese firms accused of …") is whose firms send. Optional.
   */
  accusedOf?: string[];
  /**
   * Endings of a state's name in the dative, the receiver's case, as normalised words have them
   * (ru "Китаю" → "kitayu": "u"; pl "Kijowowi": "owi"): a state so ending right after the items or a noun
   * of sending ("поставки беспилотников России", "dostarczanie Rosji artylerii") or right after a verb
   * of sending ("wysłała Kijowowi od wiosny ponad 200 czołgów") receives them; it is not whose they are
   * ("senjata Korea Utara"). Endings shared with the genitive count ("России", "Rosji"): after a word of
   * sending the dative is the likelier. Optional: languages without a dative leave it out.
   */
  receiverEndings?: string[];
}

export interface Inflection {
  endings: string[];
  minStem: number;
  /**
   * A name the gazetteer does not know is given in its nominative: each word's case ending, as the
   * text writes it, with what the nominative has instead ("Andrzejem" → "Andrzej": ["em", ""];
   * "Diną" → "Dina": ["ą", "a"]). Longest first; only unambiguous endings (a masculine genitive "-a"
   * is also a feminine nominative, so it stays). Optional: names are kept as written without it.
   */
  nameCases?: [ending: string, nominative: string][];
}

export type ChronoLocale =
  "en" | "id" | "de" | "es" | "fr" | "pt" | "nl" | "it" | "ru" | "ja" | "zh" | "sv" | "uk" | "fi" | "vi";

export interface Furniture {
  /** A line matching one of these is not article content (a "read also" link, a byline). */
  lines: RegExp[];
  /** A line matching one of these starts the page's tail (related links): it and all after go. */
  cutOff: RegExp[];
  /** Spans inside a line that are not content (photo credits). Must carry the `g` flag. */
  inline: RegExp[];
}

export interface CountryWords {
  /** Code → other names for the country. All-capital short forms ("AS", "RRT") match case-exactly. */
  aliases: Record<string, string[]>;
  /** Code → institutions that stand for the state ("Gedung Putih" → US). */
  institutions: Record<string, string[]>;
  /** Code → adjectives and demonyms ("Russian", "russischen"). */
  demonyms: Record<string, string[]>;
  /** True where demonyms are written in lower case (German, Spanish adjectives). */
  demonymsAnyCase?: boolean;
  /** Genitive ending that may be glued to a country name ("Russlands" in German). */
  genitiveSuffix?: string;
  /** Country names that are mostly a common word or a given name in this language ("Того" = "of that"; "Kuba" = Jakub): not names here. */
  notNames?: string[];
}

export type RoleKind =
  | "head_of_state"
  | "head_of_government"
  | "leader"
  | "foreign_minister"
  | "defence_minister"
  | "minister"
  | "spokesperson"
  | "ambassador"
  | "secretary_general"
  | "official";

export interface RoleCue {
  /** Normalised English title. */
  title: string;
  kind: RoleKind;
  words: string[];
  /** For titles that name their state ("Kremlchef" → RU). */
  country?: string;
}

export interface ReferenceWords {
  /** Words after a bare role that make it point back ("Presiden Prancis itu"). */
  demonstratives: string[];
  /** Personal pronouns that can be the subject of a speech verb ("dia", "he"). */
  pronouns: string[];
  /** Phrases meaning "the two leaders" / "both of them". */
  personPairs: string[];
  /** Phrases meaning "both countries" / "both sides" / "both governments". */
  countryPairs: string[];
  /** Coordinating conjunctions ("dan", "and"). */
  conjunctions: string[];
  /** Relative pronouns: "X, which said …" keeps X as the subject across the comma. */
  relativePronouns: string[];
  /**
   * Words opening a sentence that turns against the one before ("However", "Namun", "Cependant"): what the same
   * speaker says there is a statement of its own, not the one before told on. Optional: readers default to none.
   */
  contrasts?: string[];
  /** Nouns that make a country a mere modifier ("kantor berita Rusia", "Russian news agencies"). */
  media: string[];
  /** Nouns that make a country an official speaker ("Russia's foreign ministry", "Russian officials"). */
  government: string[];
  /** Prepositions that mark the agent of a passive ("oleh", "by"). */
  agentPreps: string[];
  /** Object pronouns after a host or meet verb ("empfing ihn", "received him"): the person named just before. */
  objectPronouns: string[];
  /** Words that make the next word a noun ("his hosts", "the host"), not a verb. */
  determiners: string[];
  /**
   * Articles that make a bare role point back to the one named before ("the minister", "sang presiden"), as a
   * demonstrative after it does ("Menteri itu"). Optional: without them (pl, ru), only the demonstrative.
   */
  definiteArticles?: string[];
  /**
   * Articles that make a role with a state generic ("the first visit by a U.S. secretary of state", "seorang
   * menteri Rusia"): someone of that office, so its state, not the person who holds it now. Optional.
   */
  indefiniteArticles?: string[];
  /** Phrases pointing back to the organisation named last ("the group", "kelompok itu", "the bloc"). Optional. */
  groupReferences?: string[];
  /**
   * Words giving the capacity in which a person acts ("selaku", "en tant que", "in qualità di"): the state or
   * body after one is the person's office ("Anwar Ibrahim selaku ketua ASEAN mendesak …"), not the speaker.
   * Only words that mean nothing else ("as" is also "when"). Optional.
   */
  capacity?: string[];
}

export interface SpeechWords {
  /** Verbs of saying whose subject usually precedes them ("mengatakan", "said"). */
  say: string[];
  /** Verbs of saying that may be followed by their subject after a quote ("kata Lavrov", "said Putin"). */
  sayInverted: string[];
  /** Verbs of saying with the pronoun glued on ("tegasnya" = "he stressed"). */
  sayPronominal: string[];
  /** Subjectless follow-ups that keep the previous speaker ("adding that"). */
  continuation: string[];
  /** "according to X" (X follows). */
  accordingTo: string[];
  /** "X zufolge" (X precedes). */
  accordingToAfter: string[];
  /** Nouns for an accusation or claim whose owner follows or precedes ("klaim AS", "US allegations"). */
  claimNouns: string[];
  /** Links between a claim noun and its owner ("dari", "by", "from"). */
  claimLinks: string[];
  /**
   * Auxiliaries of the passive right before a verb of saying ("were announced", "a été annoncé", "è stato
   * detto"): the verb then has no speaker before it and is no statement. Optional: readers default to none.
   */
  passiveAuxiliaries?: string[];
  /**
   * Finite auxiliaries of a perfect whose participle closes the clause ("Baerbock hat China kritisiert"): the
   * subject stands before the auxiliary or right after it ("Am Dienstag hat Scholz Russland kritisiert"); a party
   * between the auxiliary and the verb is its object. Optional: readers default to none.
   */
  perfectAuxiliaries?: string[];
  /** Words opening the clause a speech verb reports ("bahwa", "that", "dass", "que"): a stance verb inside it is content, not a new statement. */
  complementizers: string[];
  /**
   * Objects that point back at words already reported ("komentar tersebut", "these remarks", "ces propos"): a verb of
   * saying with one right after it and no quotation tells who said them and when, not new words, so it is no statement.
   * Optional: readers default to none.
   */
  backReferences?: string[];
  /**
   * Nouns for steps a state takes ("measures", "tindakan", "Maßnahmen", "меры"): announcing them, like announcing
   * sanctions, is an act the sentence reports, not words said ("Britain announced similar measures against Iran").
   * Optional: readers default to none.
   */
  measures?: string[];
}

export interface StanceWords {
  /** Verbs that are statements and carry their stance ("membantah" → deny, "warned" → warn). */
  verbs: Partial<Record<Stance, string[]>>;
  /** Passive forms whose agent follows and is the speaker ("dituduh AS", "accused by the US"). */
  passive: Partial<Record<Stance, string[]>>;
  /** Content words that reveal the stance of what was said ("tidak ada bukti" → deny). */
  cues: Partial<Record<Stance, string[]>>;
  /**
   * Words of what the story is about — arms, munitions, missiles — that make what was said an
   * accusation only when no other word marks its stance ("delivered munitions to Russia" → accuse,
   * "will help Ukraine build its own missiles" → support). Optional: readers default to none.
   */
  topics?: string[];
  /**
   * Modals of obligation ("must", "harus", "muss", "tiene que", "doit", "musi", "должны"): what a party is
   * told it must do presses it, a warning, when no other word marks the stance ("Iran must return to
   * talks without delay"). Optional: readers default to none.
   */
  obligations?: string[];
  /** Verbs that report a discussion; they make a statement a plain assertion ("membahas"). */
  discuss: string[];
  /** Negations that cancel the stance word right after them ("did not deny", "tidak membantah", "nicht unterstützen"). */
  negations: string[];
}

export interface MeetingWords {
  /** Symmetric verbs: X met Y. */
  meet: string[];
  /** X hosted Y: both attend, in X's country. */
  host: string[];
  /** Y thanked his host X: both attend, in X's country. */
  hostNoun: string[];
  /** X visited PLACE. */
  visit: string[];
  /** X arrived in PLACE. */
  arrive: string[];
  /** Nouns for a meeting between parties (summit, talks). */
  talks: string[];
  /** Nouns for a visit (X's visit to PLACE). */
  visitNoun: string[];
  /** X invited Y (to PLACE): a planned visit of Y. */
  invite: string[];
  /** Y received an invitation (to PLACE). */
  invitation: string[];
  /** X and Y signed (a treaty), X signed … with Y: leaders who sign together meet. Optional (none when absent). */
  sign?: string[];
  /** "with", "dengan", "mit", "con": introduces the partner of a signing. Optional. */
  comitative?: string[];
  /** "is in", "berada di", "weilt in": a person or delegation named just before, a foreign place just after, is visiting it. Optional. */
  presence?: string[];
  /** "country", "negara", "Land": "arrived in the reclusive country" goes to the state named last (not the visitor's). Optional. */
  placeNouns?: string[];
  /** "bilateral", "separately": X's meeting "with A and B" is one meeting with each. Optional. */
  bilateral?: string[];
  /**
   * "phone", "telepon", "telefónica": a talk word right beside one ("phone conversation", "spoke by
   * phone", "conversación telefónica") is a call, not a meeting. Optional.
   */
  remote?: string[];
  /**
   * "ready to", "siap", "bereit", "dispuesto a": a meeting word right after one is an offer to meet, not
   * a meeting. Optional.
   */
  willing?: string[];
  /** X summoned Y (an envoy): Y meets X's state, in X's country. Optional. */
  summon?: string[];
  /** Y was summoned (to the foreign ministry of X). Optional. */
  summoned?: string[];
  /** "delegation", "delegasi": with a country's name or adjective beside it, the state travels as a party. Optional. */
  delegation?: string[];
  /**
   * "led by", "dipimpin", "angeführt von", "encabezada por", "conduite par", "во главе с": after a
   * delegation word, the person named next leads it and is the party met. Optional.
   */
  ledBy?: string[];
  /**
   * Plural titles → the English title of their role ("Presidents" → "President", "los cancilleres" →
   * "Foreign Minister"): the names listed after one ("Presidents A and B met") each hold the role, and
   * may be the two who meet. Optional: none when absent.
   */
  pluralRoles?: Record<string, string>;
  /**
   * Relative words beyond references.relativePronouns that open an aside after a comma ("whose", "cuyo",
   * "dont", "чей"): a date in such an aside is not the meeting's. Optional.
   */
  asideOpeners?: string[];
  /** "untuk", "to": a meeting word after it is the purpose of the one before ("berkunjung … untuk bertemu"). */
  purpose: string[];
  destinationPreps: string[];
  locationPreps: string[];
  originPreps: string[];
  /** "between" (X and Y). */
  between: string[];
  /** Words just before a meeting word that make it future ("akan", "will", "expected to"). */
  planned: string[];
  cancelled: string[];
  ongoing: string[];
  /** Phrase → number of days ("dua hari" → 2, "zweitägigen" → 2). */
  durations: Record<string, number>;
}

export interface SanctionWords {
  words: string[];
  /** Verbs whose subject imposes the sanctions ("Washington imposed sanctions on …"). */
  impose: string[];
  /** X is under / subject to sanctions ("berada di bawah", "under"). */
  under: string[];
  /** sanctions against X. */
  targetPreps: string[];
  /** sanctions imposed by X. */
  imposerPreps: string[];
  /** sanctions because of R. */
  reasonPreps: string[];
  /** Verbs whose subject is a (potential) violator, not a target ("melanggar", "violate"). */
  violation: string[];
  vetoed: string[];
  lifted: string[];
  announced: string[];
  /** Negated lifting: the sanctions stay ("does not remove"). */
  notLifted: string[];
  /** Threats and conditionals: no sanction exists yet ("is ready to impose"). */
  threat: string[];
  /**
   * Future forms of imposing ("will impose", "akan menjatuhkan", "imposera"): an announcement whose
   * subject imposes — unless the sentence states a condition (`conditions`), which makes it a threat. Optional.
   */
  future?: string[];
  /**
   * Adverbs that set the act before the news ("previously imposed", "already sanctioned", "telah lama",
   * "bereits"): the sanctions stand (in_force), whoever imposed them. Optional.
   */
  earlier?: string[];
  /**
   * Resolution nouns ("resolution", "resolusi", "Resolution") and verbs of banning ("bans", "melarang",
   * "verbietet"): a UN resolution that bans something is a UN sanctions regime told as background —
   * in_force, imposer UN. Optional.
   */
  resolutions?: string[];
  bans?: string[];
  /**
   * Prepositions right after the sanctions word that name whose sanctions they are ("sanciones de
   * Estados Unidos", "sanctions de l'UE", "Sanktionen der EU"): a bloc or a frequent sanctioner after one imposes. Optional.
   */
  ownerPreps?: string[];
  /**
   * Verbs that put names on a sanctions list ("added … to the entity list", "memasukkan … ke dalam
   * daftar hitam", "setzte … auf die Sanktionsliste"): with a list word after them, they sanction
   * their object as "sanctioned" does. Optional.
   */
  listVerbs?: string[];
  /**
   * Prepositions joining a lifting verb to the list names leave ("removed from the sanctions list", "dihapus
   * dari daftar sanksi", "retirada de la lista negra"): the verb lifts the sanctions on its object, or on
   * its subject when it has none ("Cuba was removed from …"), and the list's owner imposed them. Read
   * from the tokens, as ownerPreps. Optional.
   */
  removedFrom?: string[];
  /** Words that open a condition ("if", "unless", "jika", "wenn", "si"): a future imposing under one is a threat. Optional. */
  conditions?: string[];
  /**
   * Subject pronouns that may stand for a state or bloc ("it", "they", "mereka", "sie"): the imposer
   * is the subject of the sentence before ("ECOWAS leaders met … They imposed sanctions"). Optional.
   */
  pronouns?: string[];
  /**
   * Verbs of designating ("designated", "désigné", "designó"): a sanctions act like "sanctioned" when the
   * sentence shows it is one — a group noun for its object ("designated five entities"), a sanctioning
   * institution or bloc as its subject or agent, or a sanctions word in the sentence; else no fact
   * ("a designated successor"). Optional.
   */
  designations?: string[];
  /**
   * Export controls ("export controls", "kontrol ekspor", "Exportkontrollen"): sanctions only on a target
   * named after them ("export controls on Chinese chipmakers"); a state beside them is their author
   * ("U.S.-led export controls", "China's export restrictions"), and one nearby is no target. Optional.
   */
  exportControls?: string[];
  /**
   * Phrases that retell sanctions by likeness ("similar measures", "tindakan serupa", "ähnliche
   * Maßnahmen"): after sanctions were told, another imposer's own, on the same target unless one is named. Optional.
   */
  similar?: string[];
  /** The sanctions word used as a verb, its subject imposing ("Britain sanctioned six officials"). */
  verbs: string[];
  /**
   * Passive forms of the sanctions verb, or the auxiliaries that make it passive just before it
   * ("was sanctioned", "disanksi", "wurde … sanktioniert"): their subject is the target. Optional.
   */
  passive?: string[];
  /**
   * Nouns for designated people and bodies ("individuals", "entities", "companies", "vessels"): a
   * target phrase holding one is a group, its country the states or persons named in it. Optional.
   */
  groupNouns?: string[];
  /** Adjectives that make sanctions new ("new", "additional", "baru", "weitere"): announced, not a verb with a subject. Optional. */
  fresh?: string[];
  /** Words that date the sanctions before the news ("since", "last year", "sejak", "seit"): a standing regime. Optional. */
  since?: string[];
  /**
   * Verbs that keep sanctions in place ("maintains", "mempertahankan", "hält … aufrecht"): their subject
   * imposes, the sanctions stand (in_force). Optional.
   */
  maintain?: string[];
  /**
   * Words that join a second imposer or target to the first ("along with", "bersama", "zusammen mit"):
   * "OFAC, along with the EU, sanctioned …" names two imposers. Optional.
   */
  jointly?: string[];
  /**
   * Bodies that watch over a sanctions regime ("panel of experts", "committee", "monitoring"): a veto
   * that ends one leaves the sanctions it watched in force ("Russia vetoed the renewal of the panel
   * monitoring sanctions on …" is vetoed and in_force). Optional.
   */
  monitors?: string[];
}

export interface DateWords {
  /** Month names, January first; each entry lists the spellings of one month. */
  months: string[][];
  /** Words introducing a bare month ("im September", "di bulan September"). */
  monthPreps: string[];
  /** Weekday names and relative day words ("Rabu", "besok", "yesterday"): with digits and months, the signs that a sentence may hold a date. */
  hints: string[];
  /** Expressions too vague to date a meeting ("last week", "baru-baru ini"). */
  vague: string[];
  /** chrono matches to ignore (durations read as dates: "in 12 years"). */
  rejects: RegExp[];
  /** Words that fix which week a weekday lies in ("next Friday", "Jumat lalu"): tense may not move it. */
  directional: string[];
  /**
   * The demonstrative of the current week ("this", "este", "ce", "diesen"): "this Tuesday" is the
   * Tuesday of the article's week (Monday to Sunday), whatever the tense. Optional.
   */
  thisWeek?: string[];
  /** "since", "sejak", "seit": a date after one is where a span starts, not when a meeting took place. Optional. */
  since?: string[];
  /**
   * Phrases that place an event in another year than the article's ("last year", "tahun lalu", "l'an dernier"):
   * a meeting told with one, or with a year other than the article's after a `yearLeads` word ("in 2019"), has
   * no month the news could lend it. Optional.
   */
  otherYears?: string[];
  /** Words that make a bare year right after them a time ("in 2019", "pada tahun 2019", "im Jahr 2019"), not a name's ("the 2015 deal"). Optional. */
  yearLeads?: string[];
  /**
   * Phrases that date by the article's own week or month, with the offset they name: "last week" →
   * ["week", -1], "bulan depan" → ["month", 1], "el mes pasado" → ["month", -1]. They give the month
   * only (a week ago may be last month, the day is not said). Optional.
   */
  relative?: Array<[phrase: string, unit: "week" | "month", offset: number]>;
  /**
   * Words beside a month name that place it before the article ("November lalu", "last November",
   * "novembre dernier", "im vergangenen November"): the latest such month up to the article's,
   * whatever the tense of the sentence. Optional.
   */
  pastMonth?: string[];
  /**
   * "a month after", "sebulan setelah", "zwei Wochen nach", "за неделю до": an event told after such a
   * phrase lies that span before (after) the event it is measured from — the date before the phrase in
   * the sentence, else the article's. Read as count, unit, relation; a count of "" lets the bare unit
   * mean one ("miesiąc po", "месяц после"). Optional.
   */
  offsets?: DateOffsetWords;
  /**
   * Phrases that date by the event told just before: "a day earlier", "sehari sebelumnya", "am Vortag",
   * "la veille", "накануне" → ["day", -1]; "later in the day", "в тот же день" → ["day", 0]. Not before the noun they would measure from ("the eve of
   * the summit" is an offset, not this). Optional.
   */
  anaphoric?: Array<[phrase: string, unit: OffsetUnit, offset: number]>;
  /**
   * Weekday names, Monday first, each entry with the forms the language uses after its prepositions
   * ("środa", "środę"; "terça-feira", "terça"). Read by the pack's own rule where chrono has no parser
   * for the language (Polish) or misses a form ("nesta terça"). Optional.
   */
  weekdays?: string[][];
  /**
   * "on the eve of", "à la veille du", "w przeddzień": a day before the event named next, read as the
   * offset "a day before" (`offsets`). Each phrase ends in its preposition, so the anaphoric "la veille"
   * alone is not one. Optional.
   */
  eve?: string[];
  /** Days named from the article's: "wczoraj" → -1, "dziś" → 0, "later today" → 0. Optional. */
  days?: Array<[phrase: string, offset: number]>;
}

export type OffsetUnit = "day" | "week" | "month" | "year";

export interface DateOffsetWords {
  /** Number words ("a", "two", "se" of "sebulan"); digits are read by rule. */
  counts: Record<string, number>;
  /** Each unit's forms ("month", "months"). */
  units: Record<OffsetUnit, string[]>;
  /** "after", "setelah", "nach", "после": the event named next came before the anchor. */
  after: string[];
  /** "before", "sebelum", "vor", "до": the event named next came after the anchor. */
  before: string[];
}
