import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

// Verbs of saying, urging, welcoming, condemning and denying in the fr, it, es, pt and de packs.
// Every sentence is our own, about events other than the corpus's; each row fails without its words.
const said = (lang: string, text: string) =>
  extract(article(text, lang, "2024-10-15T10:00:00Z")).statements.map((s) => [s.speaker, s.stance]);

type Row = [lang: string, text: string, speaker: string, stance: string];

const check = (rows: Row[]) =>
  it.each(rows)("%s: %s", (lang, text, speaker, stance) => {
    expect(said(lang, text)).toContainEqual([speaker, stance]);
  });

describe("fr: deploring, pointing the finger, attacking someone verbally accuse", () => {
  check([
    ["fr", "La France a déploré mardi la décision du Niger d'expulser son ambassadeur.", "FR", "accuse"],
    [
      "fr",
      "Le Premier ministre polonais Donald Tusk a pointé du doigt Moscou après l'incendie.",
      "Donald Tusk",
      "accuse",
    ],
    [
      "fr",
      "Le président turc Recep Tayyip Erdogan s'en est pris à Israël dans un discours à Ankara.",
      "Recep Tayyip Erdogan",
      "accuse",
    ],
    ["fr", "Le Burkina Faso a mis en cause Paris dans l'attaque de la semaine dernière.", "BF", "accuse"],
  ]);
});

describe("fr: a military junta is its state's government", () => {
  check([["fr", "La junte malienne a accusé l'Algérie d'abriter des groupes armés.", "ML", "accuse"]]);
});

describe("fr: brushing aside or contesting a charge denies it", () => {
  check([
    ["fr", "Pékin a balayé jeudi les soupçons d'espionnage formulés par les Pays-Bas.", "CN", "deny"],
    ["fr", "La Russie a contesté les conclusions des enquêteurs néerlandais.", "RU", "deny"],
  ]);
});

describe("fr: welcoming, applauding, encouraging support", () => {
  check([
    [
      "fr",
      "Ursula von der Leyen s'est félicitée de la signature du traité avec le Chili.",
      "Ursula von der Leyen",
      "support",
    ],
    ["fr", "Le président argentin Javier Milei a applaudi la nomination de Marco Rubio.", "Javier Milei", "support"],
    ["fr", "Le chancelier Olaf Scholz a encouragé l'Inde à jouer un rôle de médiateur.", "Olaf Scholz", "support"],
  ]);
});

describe("fr: summoning a party to stop warns it", () => {
  check([
    [
      "fr",
      "Le président américain Joe Biden a sommé l'Iran de cesser ses livraisons aux Houthis.",
      "Joe Biden",
      "warn",
    ],
  ]);
});

describe("fr: reiterating, reaffirming, regretting, claiming are verbs of saying", () => {
  check([
    [
      "fr",
      "Le président français Emmanuel Macron a réaffirmé que la France ne reconnaîtrait pas l'annexion.",
      "Emmanuel Macron",
      "assert",
    ],
    ["fr", "Le gouvernement italien a regretté la hausse des droits de douane chinois sur le vin.", "IT", "assert"],
    ["fr", "Donald Trump a revendiqué la paternité de la trêve entre l'Inde et le Pakistan.", "Donald Trump", "assert"],
  ]);
});

describe("fr: reiterating a call urges, and a call for something supports it", () => {
  check([
    ["fr", "Le gouvernement colombien a réitéré son appel à un recomptage des voix au Venezuela.", "CO", "support"],
  ]);
});

describe("fr: the participle of a demand is no denial", () => {
  it("'qu'il soit respecté' after a welcome does not deny", () => {
    expect(
      said("fr", "Le ministre espagnol a salué le cessez-le-feu au Liban et demandé qu'il soit respecté."),
    ).not.toContainEqual(expect.arrayContaining(["deny"]));
  });
});

describe("it: deploring, pointing the finger, going after someone accuse", () => {
  check([
    ["it", "La Farnesina ha deplorato il lancio di razzi contro la base dell'ONU in Libano.", "IT", "accuse"],
    [
      "it",
      "Il premier polacco Donald Tusk ha puntato il dito contro la Bielorussia per i migranti.",
      "Donald Tusk",
      "accuse",
    ],
    [
      "it",
      "Il presidente turco Recep Tayyip Erdogan se l'è presa con la Grecia durante un comizio.",
      "Recep Tayyip Erdogan",
      "accuse",
    ],
  ]);
});

describe("it: a military junta is its state's government; rejecting findings denies them", () => {
  check([
    ["it", "La giunta militare maliana ha accusato la Mauritania di ospitare oppositori armati.", "ML", "accuse"],
    ["it", "La Russia ha rigettato le conclusioni degli investigatori olandesi sul volo abbattuto.", "RU", "deny"],
  ]);
});

describe("it: congratulating, applauding, encouraging support", () => {
  check([
    [
      "it",
      "Ursula von der Leyen si è congratulata con la nuova presidente del Messico.",
      "Ursula von der Leyen",
      "support",
    ],
    [
      "it",
      "Il cancelliere Olaf Scholz ha incoraggiato l'India a svolgere un ruolo di mediazione.",
      "Olaf Scholz",
      "support",
    ],
  ]);
});

describe("it: ordering a party to stop warns it", () => {
  check([
    [
      "it",
      "Il presidente americano Joe Biden ha intimato all'Iran di fermare le forniture agli Houthi.",
      "Joe Biden",
      "warn",
    ],
  ]);
});

describe("it: claiming, reaffirming, lamenting are verbs of saying", () => {
  check([
    ["it", "Donald Trump ha rivendicato il merito della tregua tra India e Pakistan.", "Donald Trump", "assert"],
    ["it", "Il governo spagnolo ha lamentato i nuovi dazi cinesi sulla carne suina.", "ES", "assert"],
  ]);
});

describe("es: demonyms name the speaker's state", () => {
  check([
    ["es", "El canciller argentino criticó la decisión de Brasil de cerrar la frontera.", "AR", "accuse"],
    ["es", "El Gobierno chileno condenó la detención de los observadores en Caracas.", "CL", "accuse"],
    ["es", "El Ejecutivo español anunció que reabrirá su embajada en Damasco.", "ES", "assert"],
  ]);
});

describe("es: deploring, lashing out, repudiating accuse", () => {
  check([
    ["es", "Josep Borrell deploró el cierre de los pasos fronterizos hacia Gaza.", "Josep Borrell", "accuse"],
    ["es", "China arremetió contra los nuevos controles de exportación de Países Bajos.", "CN", "accuse"],
    ["es", "Cuba repudió la inclusión de la isla en la lista de patrocinadores del terrorismo.", "CU", "accuse"],
  ]);
});

describe("es: refuting a charge denies it", () => {
  check([["es", "Rusia refutó las conclusiones del informe de los inspectores.", "RU", "deny"]]);
});

describe("es: applauding and congratulating support", () => {
  check([
    [
      "es",
      "El presidente ucraniano Volodymyr Zelenski aplaudió la decisión de Noruega.",
      "Volodymyr Zelensky",
      "support",
    ],
    ["es", "Pedro Sánchez felicitó a la nueva presidenta de México por su victoria.", "Pedro Sanchez", "support"],
  ]);
});

describe("es: exhorting a party presses it, pleading for something supports it", () => {
  check([
    ["es", "Lula da Silva exhortó a Venezuela a publicar las actas de votación.", "Luiz Inacio Lula da Silva", "warn"],
    ["es", "Josep Borrell abogó por una tregua inmediata en el sur del Líbano.", "Josep Borrell", "support"],
  ]);
});

describe("es: lamenting and labelling are verbs of saying", () => {
  check([
    ["es", "El presidente mexicano lamentó la subida de aranceles anunciada por Washington.", "MX", "assert"],
    ["es", "Nicolás Maduro tildó de golpe de Estado las protestas en Caracas.", "Nicolas Maduro", "assert"],
  ]);
});

describe("pt: demonyms name the speaker's state", () => {
  check([
    ["pt", "O governo chileno condenou a prisão de observadores eleitorais em Caracas.", "CL", "accuse"],
    ["pt", "O chanceler colombiano criticou o fechamento da fronteira pelo Equador.", "CO", "accuse"],
  ]);
});

describe("pt: deploring and lashing out accuse; contesting denies", () => {
  check([
    ["pt", "O Itamaraty deplorou o bombardeio de uma escola da ONU em Gaza.", "BR", "accuse"],
    [
      "pt",
      "O presidente Lula disparou contra os juros cobrados pelo FMI à Argentina.",
      "Luiz Inacio Lula da Silva",
      "accuse",
    ],
    ["pt", "O governo cubano repudiou a inclusão da ilha na lista de patrocinadores do terrorismo.", "CU", "accuse"],
    ["pt", "O Kremlin contestou as conclusões dos investigadores holandeses.", "RU", "deny"],
  ]);
});

describe("pt: applauding, congratulating, encouraging support", () => {
  check([
    ["pt", "O presidente ucraniano Volodymyr Zelensky aplaudiu a decisão da Noruega.", "Volodymyr Zelensky", "support"],
    ["pt", "Lula parabenizou a nova presidente do México pela vitória.", "Luiz Inacio Lula da Silva", "support"],
  ]);
});

describe("pt: summoning a party presses it; lamenting is a verb of saying", () => {
  check([
    ["pt", "O Uruguai conclamou a Venezuela a libertar os presos políticos.", "UY", "warn"],
    ["pt", "O chanceler argentino lamentou a decisão do Brasil de fechar a embaixada.", "AR", "assert"],
  ]);
});

describe("de: a military junta is its state's government", () => {
  check([["de", "Die malische Militärjunta warf Algerien vor, bewaffnete Gruppen zu beherbergen.", "ML", "accuse"]]);
});

describe("de: denouncing, reproving, lamenting accuse", () => {
  check([
    ["de", "Der Kreml prangerte die Stationierung amerikanischer Raketen in Deutschland an.", "RU", "accuse"],
    ["de", "Polen rügte die Ausweitung der deutschen Grenzkontrollen.", "PL", "accuse"],
    ["de", "Der ungarische Außenminister geißelte die Sanktionspolitik der EU.", "HU", "accuse"],
  ]);
});

describe("de: contradicting and disputing deny", () => {
  check([
    ["de", "Peking widersprach der Darstellung des niederländischen Geheimdienstes.", "CN", "deny"],
    ["de", "Die Regierung in Caracas stritt jede Manipulation der Wahl ab.", "VE", "deny"],
  ]);
});

describe("de: honouring and congratulating support", () => {
  check([
    ["de", "Der argentinische Präsident Javier Milei würdigte die Reformen in Chile.", "Javier Milei", "support"],
    ["de", "Viktor Orban gratulierte dem neuen slowakischen Regierungschef.", "Viktor Orban", "support"],
  ]);
});

describe("de: admonishing and pressing a party warn it", () => {
  check([
    ["de", "Das Auswärtige Amt mahnte Aserbaidschan zur Zurückhaltung.", "DE", "warn"],
    ["de", "Bundeskanzler Olaf Scholz drängte Indien, die Käufe russischen Öls zu drosseln.", "Olaf Scholz", "warn"],
  ]);
});

describe("de: concern shown warns; regret is a verb of saying", () => {
  check([
    ["de", "Die Bundesregierung zeigte sich besorgt über die Festnahmen in Georgien.", "DE", "warn"],
    ["de", "Die Bundesregierung bedauerte die chinesischen Zölle auf Schweinefleisch.", "DE", "assert"],
  ]);
});

describe("calling the other side fascist or neo-Nazi accuses it", () => {
  check([
    ["fr", "Le gouvernement vénézuélien a qualifié de fasciste le nouveau président argentin.", "VE", "accuse"],
    ["it", "Il governo venezuelano ha definito fascista il nuovo presidente argentino.", "VE", "accuse"],
    ["es", "El Gobierno venezolano calificó de fascista al nuevo presidente argentino.", "VE", "accuse"],
    ["pt", "O governo venezuelano classificou como fascista o novo presidente argentino.", "VE", "accuse"],
    [
      "de",
      "Die venezolanische Regierung bezeichnete den neuen argentinischen Präsidenten als faschistisch.",
      "VE",
      "accuse",
    ],
  ]);
});

describe("accusing one another: the states accuse", () => {
  check([
    ["fr", "Le Maroc et l'Algérie se sont accusés de violer le cessez-le-feu.", "DZ", "accuse"],
    ["it", "Armenia e Azerbaigian si sono accusati di aver violato la tregua.", "AZ", "accuse"],
  ]);
});

describe("it: 'israeliano' in the singular names Israel", () => {
  check([["it", "Il governo israeliano ha criticato la decisione dell'Irlanda.", "IL", "accuse"]]);
});

describe("it: protesting accuses; defending is a verb of saying", () => {
  check([
    ["it", "Pechino ha protestato contro il transito di una nave canadese nello Stretto di Taiwan.", "CN", "accuse"],
    [
      "it",
      "Il presidente brasiliano Lula ha difeso l'ingresso dell'Etiopia nei Brics.",
      "Luiz Inacio Lula da Silva",
      "assert",
    ],
  ]);
});

describe("calling a decision antisemitic accuses", () => {
  check([
    ["fr", "Le ministre israélien a qualifié d'antisémite la décision de l'Irlande.", "IL", "accuse"],
    ["it", "Il ministro israeliano ha definito antisemita la decisione dell'Irlanda.", "IL", "accuse"],
    ["es", "El canciller israelí calificó de antisemita la decisión de Irlanda.", "IL", "accuse"],
    ["pt", "O chanceler israelense classificou como antissemita a decisão da Irlanda.", "IL", "accuse"],
    ["de", "Der israelische Außenminister nannte die Entscheidung Irlands antisemitisch.", "IL", "accuse"],
  ]);
});

describe("looking favourably on something supports it; defending is a verb of saying", () => {
  check([
    ["pt", "O governo português viu com bons olhos a candidatura da Ucrânia à UE.", "PT", "support"],
    ["es", "El Gobierno mexicano vio con buenos ojos la propuesta de Brasil.", "MX", "support"],
    ["it", "Il governo greco ha visto con favore la proposta della Commissione.", "GR", "support"],
    ["fr", "Le gouvernement grec a vu d'un bon œil la proposition de Bruxelles.", "GR", "support"],
    ["es", "Lula defendió la entrada de Etiopía en los Brics.", "Luiz Inacio Lula da Silva", "assert"],
    [
      "de",
      "Bundeskanzler Olaf Scholz verteidigte die Lieferung von Luftabwehrsystemen an die Ukraine.",
      "Olaf Scholz",
      "assert",
    ],
  ]);
});

describe("de: 'sprach von', 'reagierte' report words; outrage and sharp criticism accuse", () => {
  check([
    ["de", "Teheran sprach von einer gezielten Provokation Israels.", "IR", "accuse"],
    ["de", "Der Kreml reagierte empört auf die Pläne aus London.", "RU", "accuse"],
    ["de", "Peking reagierte mit scharfer Kritik auf die Exportkontrollen.", "CN", "accuse"],
    ["de", "Erdogan erhob schwere Vorwürfe gegen Griechenland.", "Recep Tayyip Erdogan", "accuse"],
  ]);
});

describe("de: speaking out for something supports it", () => {
  check([
    [
      "de",
      "Der spanische Regierungschef Pedro Sánchez sprach sich für einen palästinensischen Staat aus.",
      "Pedro Sanchez",
      "support",
    ],
    [
      "de",
      "Brasiliens Präsident Lula setzte sich für Verhandlungen über die Ukraine ein.",
      "Luiz Inacio Lula da Silva",
      "support",
    ],
  ]);
});

describe("de: a compound ministry is a government", () => {
  check([["de", "Das chinesische Handelsministerium kündigte Gegenmaßnahmen gegen Kanada an.", "CN", "warn"]]);
});

describe("French urging with the one urged between the verb and 'à'", () => {
  it("is a statement of the one urging", () => {
    const facts = extract(
      article("La cheffe de la diplomatie européenne Kaja Kallas a appelé la Chine à cesser ses livraisons.", "fr"),
    );
    expect(facts.statements.map((s) => s.speaker)).toEqual(["Kaja Kallas"]);
  });
});

describe("an urging after the words it urged, quoted", () => {
  it.each([["fr", "Olaf Scholz a parlé du commerce. « L'Europe doit se réveiller », a exhorté Emmanuel Macron."]])(
    "%s: is the statement of the one named after the verb",
    (lang, text) => {
      const facts = extract(article(text, lang));
      expect(facts.statements.map((s) => s.speaker)).toContain("Emmanuel Macron");
    },
  );
});

describe("French: two states joined by 'et', the second after an elided article", () => {
  it("both speak ('Le Maroc et l'Algérie se sont accusés …')", () => {
    const facts = extract(article("Le Maroc et l'Algérie se sont accusés de provocations à la frontière.", "fr"));
    expect(facts.statements.map((s) => s.speaker).sort()).toEqual(["DZ", "MA"]);
  });
});
