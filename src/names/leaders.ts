/**
 * The leaders gazetteer: heads of state and government, foreign and defence ministers,
 * spokespeople and UN envoys of the G20, both Koreas, Ukraine, Iran and a few more, 2022–2025,
 * plus the UN and NATO Secretaries-General. Canonical names are the usual English spelling; the
 * spellings other languages use are generated from `given` × `family` and listed in `also`.
 *
 * `short` are the forms a later mention uses ("Putin", "Kim"). A `distinctive` short form names
 * the person even when the article never gives the full name ("Lavrov tiba di Beijing");
 * others ("Kim", "Miller") only resolve to someone the article has already named.
 */
export interface LeaderRole {
  title: string;
  /** Country (or "UN", "EU", "NATO") the role is held for. */
  country: string;
  from: number;
  /** Last year in office; absent while in office. */
  to?: number;
}

export interface Leader {
  name: string;
  country: string;
  roles: LeaderRole[];
  /** Every full spelling, canonical first. */
  variants: string[];
  short: string[];
  distinctive: boolean;
}

type RoleSpan = [title: string, from: number, to?: number];
interface Spellings {
  given?: string[];
  family?: string[];
  also?: string[];
  short?: string[];
  distinctive?: boolean;
}

/** Countries whose names are usually written family name first ("Choe Son Hui" is Ms Choe). */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["KP", "KR", "CN", "VN", "TW", "MN"]);

function leader(name: string, country: string, roles: RoleSpan[], s: Spellings = {}): Leader {
  const words = name.split(" ");
  const first = words.slice(0, -1).join(" ");
  const last = words[words.length - 1];
  const variants = new Set([name]);
  if (s.given || s.family) {
    for (const g of [first, ...(s.given ?? [])]) for (const f of [last, ...(s.family ?? [])]) variants.add(`${g} ${f}`);
  }
  for (const a of s.also ?? []) variants.add(a);
  return {
    name,
    country,
    roles: roles.map(([title, from, to]) => ({ title, country, from, to })),
    variants: [...variants],
    // Where the family name comes first, a later mention uses it ("Li" for Li Qiang).
    short: s.short ?? (s.distinctive ? [last, ...(s.family ?? [])] : FAMILY_NAME_FIRST.has(country) ? [words[0]] : []),
    distinctive: s.distinctive ?? false,
  };
}

const SERGEY = ["Sergei", "Sergej", "Serguei", "Serguéi", "Sergueï", "Serghei", "Siergiej"];
const DMITRY = ["Dmitri", "Dmitriy", "Dmitrij", "Dimitri"];

export const LEADERS: readonly Leader[] = [
  // Russia
  leader("Vladimir Putin", "RU", [["President", 2012]], {
    given: ["Wladimir", "Władimir", "Vladímir"],
    family: ["Poutine", "Poetin"],
    short: ["Putin", "Poutine", "Poetin", "Putins"],
    distinctive: true,
  }),
  leader("Mikhail Mishustin", "RU", [["Prime Minister", 2020]], {
    given: ["Michail", "Mijaíl"],
    family: ["Mischustin"],
    distinctive: true,
  }),
  leader("Sergey Lavrov", "RU", [["Foreign Minister", 2004]], {
    given: SERGEY,
    family: ["Lawrow", "Lavrof"],
    distinctive: true,
  }),
  leader(
    "Sergei Shoigu",
    "RU",
    [
      ["Defence Minister", 2012, 2024],
      ["Security Council Secretary", 2024],
    ],
    {
      given: ["Sergey", "Sergej", "Serguéi", "Sergueï"],
      family: ["Shoygu", "Schoigu", "Choïgou", "Shoigú"],
      distinctive: true,
    },
  ),
  leader("Andrei Belousov", "RU", [["Defence Minister", 2024]], {
    given: ["Andrey", "Andrej"],
    family: ["Beloussow"],
    distinctive: true,
  }),
  leader("Dmitry Peskov", "RU", [["Spokesperson", 2012]], { given: DMITRY, family: ["Peskow"], distinctive: true }),
  leader("Maria Zakharova", "RU", [["Foreign Ministry Spokesperson", 2015]], {
    given: ["María", "Marija"],
    family: ["Sacharowa", "Zajárova", "Zakharowa"],
    distinctive: true,
  }),
  leader("Vassily Nebenzia", "RU", [["Ambassador to the UN", 2017]], {
    given: ["Vasily", "Vasili", "Vassili", "Wassili", "Vasiliy"],
    family: ["Nebenzya", "Nebensja"],
    distinctive: true,
  }),
  leader("Dmitry Medvedev", "RU", [["Deputy Chairman of the Security Council", 2020]], {
    given: DMITRY,
    family: ["Medwedew", "Medvédev"],
    distinctive: true,
  }),
  leader("Yuri Ushakov", "RU", [["Presidential Aide", 2012]], {
    given: ["Yury", "Juri"],
    family: ["Uschakow"],
    distinctive: true,
  }),
  leader("Valery Gerasimov", "RU", [["Chief of the General Staff", 2012]], {
    given: ["Valeri", "Waleri"],
    family: ["Gerassimow"],
    distinctive: true,
  }),
  leader("Sergei Ryabkov", "RU", [["Deputy Foreign Minister", 2008]], {
    given: ["Sergey", "Sergej"],
    family: ["Rjabkow"],
    distinctive: true,
  }),
  leader("Alexander Matsegora", "RU", [["Ambassador to North Korea", 2014]], {
    given: ["Aleksandr", "Alexandr"],
    family: ["Mazegora"],
    distinctive: true,
  }),
  leader("Alexander Lukashenko", "BY", [["President", 1994]], {
    given: ["Aleksandr", "Alexandr", "Alexandre", "Aljaksandr"],
    family: ["Lukaschenko", "Lukashenka", "Loukachenko"],
    distinctive: true,
  }),
  // North Korea
  leader("Kim Jong Un", "KP", [["Leader", 2011]], {
    also: ["Kim Jong-un", "Kim Jong-Un", "Kim Jongun", "Kim Jong Eun", "Kim Dschong Un", "Kim Jong-eun"],
    short: ["Kim"],
  }),
  leader("Kim Yo Jong", "KP", [["Senior Official", 2014]], {
    also: ["Kim Yo-jong", "Kim Yo-Jong", "Kim Yeo-jeong"],
    short: ["Kim"],
  }),
  leader("Choe Son Hui", "KP", [["Foreign Minister", 2022]], {
    also: ["Choe Son-hui", "Choe Son-Hui", "Choi Son-hui", "Choi Son Hui", "Choi Sun-hee", "Choe Sŏn-hŭi"],
    short: ["Choe"],
  }),
  leader("Pak Thae Song", "KP", [["Prime Minister", 2024]], { also: ["Pak Thae-song"] }),
  leader("Kim Tok Hun", "KP", [["Prime Minister", 2021, 2024]], {
    also: ["Kim Tok-hun", "Kim Deok-hun"],
    short: ["Kim"],
  }),
  leader("Kang Sun Nam", "KP", [["Defence Minister", 2022, 2024]], { also: ["Kang Sun-nam"] }),
  leader("No Kwang Chol", "KP", [["Defence Minister", 2024]], { also: ["No Kwang-chol", "Ro Kwang-chol"] }),
  leader("Kim Song", "KP", [["Ambassador to the UN", 2014]]),
  // South Korea
  leader("Yoon Suk Yeol", "KR", [["President", 2022, 2025]], {
    also: ["Yoon Suk-yeol", "Yoon Seok-youl", "Yun Suk-yeol", "Yoon Sukyeol"],
    short: ["Yoon"],
    distinctive: true,
  }),
  leader("Lee Jae-myung", "KR", [["President", 2025]], { also: ["Lee Jae Myung", "Lee Jae-Myung"], short: ["Lee"] }),
  leader("Han Duck-soo", "KR", [["Prime Minister", 2022, 2025]], {
    also: ["Han Duck Soo", "Han Deok-su"],
    short: ["Han"],
  }),
  leader("Choi Sang-mok", "KR", [["Acting President", 2024, 2025]], { also: ["Choi Sang Mok"] }),
  leader("Park Jin", "KR", [["Foreign Minister", 2022, 2024]]),
  leader("Cho Tae-yul", "KR", [["Foreign Minister", 2024, 2025]], { also: ["Cho Tae Yul"] }),
  leader("Cho Hyun", "KR", [["Foreign Minister", 2025]]),
  leader("Lee Jong-sup", "KR", [["Defence Minister", 2022, 2023]], { also: ["Lee Jong Sup"] }),
  leader("Shin Won-sik", "KR", [["Defence Minister", 2023, 2024]], { also: ["Shin Won Sik"] }),
  leader("Kim Yong-hyun", "KR", [["Defence Minister", 2024, 2024]], { also: ["Kim Yong Hyun"] }),
  leader("Ahn Gyu-back", "KR", [["Defence Minister", 2025]], { also: ["Ahn Gyu Back"] }),
  leader("Hwang Joon-kook", "KR", [["Ambassador to the UN", 2022, 2025]], {
    also: ["Joonkook Hwang", "Hwang Joonkook", "Joon-kook Hwang", "Hwang Joon Kook", "Joon Kook Hwang"],
    short: ["Hwang"],
  }),
  // United States
  leader("Joe Biden", "US", [["President", 2021, 2025]], {
    given: ["Joseph", "Joseph R."],
    short: ["Biden", "Bidens"],
    distinctive: true,
  }),
  leader("Donald Trump", "US", [["President", 2025]], { short: ["Trump", "Trumps"], distinctive: true }),
  leader("Kamala Harris", "US", [["Vice President", 2021, 2025]], { short: ["Harris"] }),
  leader("JD Vance", "US", [["Vice President", 2025]], {
    also: ["J.D. Vance", "J. D. Vance", "James David Vance"],
    distinctive: true,
  }),
  leader("Antony Blinken", "US", [["Secretary of State", 2021, 2025]], { given: ["Anthony"], distinctive: true }),
  leader("Marco Rubio", "US", [["Secretary of State", 2025]], { distinctive: true }),
  leader("Janet Yellen", "US", [["Treasury Secretary", 2021, 2025]], { distinctive: true }),
  leader("Scott Bessent", "US", [["Treasury Secretary", 2025]], { distinctive: true }),
  leader("Lloyd Austin", "US", [["Secretary of Defense", 2021, 2025]], { short: ["Austin"] }),
  leader("Pete Hegseth", "US", [["Secretary of Defense", 2025]], { distinctive: true }),
  leader("Karine Jean-Pierre", "US", [["Press Secretary", 2022, 2025]], { distinctive: true }),
  leader("Karoline Leavitt", "US", [["Press Secretary", 2025]], { distinctive: true }),
  leader("John Kirby", "US", [["National Security Council Spokesperson", 2022, 2025]], { short: ["Kirby"] }),
  leader("Matthew Miller", "US", [["State Department Spokesperson", 2023, 2025]], { short: ["Miller"] }),
  leader("Ned Price", "US", [["State Department Spokesperson", 2021, 2023]], { short: ["Price"] }),
  leader("Tammy Bruce", "US", [["State Department Spokesperson", 2025]], { short: ["Bruce"] }),
  leader("Linda Thomas-Greenfield", "US", [["Ambassador to the UN", 2021, 2025]], { distinctive: true }),
  leader("Jake Sullivan", "US", [["National Security Adviser", 2021, 2025]], { short: ["Sullivan"] }),
  leader("Mike Waltz", "US", [["National Security Adviser", 2025, 2025]], { short: ["Waltz"] }),
  leader("Steve Witkoff", "US", [["Special Envoy", 2025]], { distinctive: true }),
  leader("Keith Kellogg", "US", [["Special Envoy", 2025]], { short: ["Kellogg"] }),
  // China
  leader("Xi Jinping", "CN", [["President", 2013]], { also: ["Xi Jin Ping"], short: ["Xi", "Xis"], distinctive: true }),
  leader("Li Qiang", "CN", [["Premier", 2023]]),
  leader("Li Keqiang", "CN", [["Premier", 2013, 2023]]),
  leader("Wang Yi", "CN", [["Foreign Minister", 2023]], { short: ["Wang"] }),
  leader("Qin Gang", "CN", [["Foreign Minister", 2022, 2023]], { short: ["Qin"] }),
  leader("Li Shangfu", "CN", [["Defence Minister", 2023, 2023]]),
  leader("Dong Jun", "CN", [["Defence Minister", 2023]]),
  leader("Wei Fenghe", "CN", [["Defence Minister", 2018, 2023]]),
  leader("Mao Ning", "CN", [["Foreign Ministry Spokesperson", 2022]]),
  leader("Wang Wenbin", "CN", [["Foreign Ministry Spokesperson", 2020, 2024]]),
  leader("Lin Jian", "CN", [["Foreign Ministry Spokesperson", 2024]]),
  leader("Zhang Jun", "CN", [["Ambassador to the UN", 2019, 2024]]),
  leader("Fu Cong", "CN", [["Ambassador to the UN", 2024]]),
  // Ukraine
  leader("Volodymyr Zelensky", "UA", [["President", 2019]], {
    given: ["Volodimir", "Wolodymyr", "Volodímir", "Wołodymyr"],
    family: ["Zelenskyy", "Zelenskiy", "Zelenski", "Zelenskyi", "Zelenskij", "Zelenskyj", "Selenskyj", "Selenski"],
    short: ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Selenskyj", "Selenskyjs", "Zelenskij"],
    distinctive: true,
  }),
  leader(
    "Denys Shmyhal",
    "UA",
    [
      ["Prime Minister", 2020, 2025],
      ["Defence Minister", 2025],
    ],
    { given: ["Denis"], family: ["Schmyhal", "Chmyhal"], distinctive: true },
  ),
  leader("Yulia Svyrydenko", "UA", [["Prime Minister", 2025]], {
    given: ["Julia", "Yuliia"],
    family: ["Swyrydenko"],
    distinctive: true,
  }),
  leader("Dmytro Kuleba", "UA", [["Foreign Minister", 2020, 2024]], {
    given: ["Dmitro", "Dmitri", "Dmytro"],
    distinctive: true,
  }),
  leader("Andrii Sybiha", "UA", [["Foreign Minister", 2024]], {
    given: ["Andriy", "Andrij"],
    family: ["Sybiga"],
    distinctive: true,
  }),
  leader("Oleksii Reznikov", "UA", [["Defence Minister", 2021, 2023]], {
    given: ["Oleksiy", "Olexij"],
    family: ["Resnikow"],
    distinctive: true,
  }),
  leader("Rustem Umerov", "UA", [["Defence Minister", 2023, 2025]], { family: ["Umjerow"], distinctive: true }),
  leader("Andriy Yermak", "UA", [["Head of the Presidential Office", 2020, 2025]], {
    given: ["Andrii"],
    family: ["Jermak"],
    distinctive: true,
  }),
  leader("Sergiy Kyslytsya", "UA", [["Ambassador to the UN", 2020, 2025]], {
    given: ["Serhiy"],
    family: ["Kyslytsia"],
    distinctive: true,
  }),
  leader("Oleg Nikolenko", "UA", [["Foreign Ministry Spokesperson", 2019, 2024]], {
    given: ["Oleh"],
    distinctive: true,
  }),
  // Iran
  leader("Ali Khamenei", "IR", [["Supreme Leader", 1989]], {
    family: ["Chamenei", "Jamenei"],
    also: ["Ayatollah Ali Khamenei"],
    distinctive: true,
  }),
  leader("Ebrahim Raisi", "IR", [["President", 2021, 2024]], {
    given: ["Ibrahim"],
    family: ["Raeisi", "Raissi"],
    distinctive: true,
  }),
  leader("Masoud Pezeshkian", "IR", [["President", 2024]], {
    given: ["Massoud"],
    family: ["Peseschkian"],
    distinctive: true,
  }),
  leader("Hossein Amir-Abdollahian", "IR", [["Foreign Minister", 2021, 2024]], {
    family: ["Amirabdollahian"],
    short: ["Amir-Abdollahian", "Abdollahian"],
    distinctive: true,
  }),
  leader("Abbas Araghchi", "IR", [["Foreign Minister", 2024]], {
    family: ["Araqchi", "Araghtschi"],
    distinctive: true,
  }),
  leader("Mohammad Reza Ashtiani", "IR", [["Defence Minister", 2021, 2024]], {
    short: ["Ashtiani"],
    distinctive: true,
  }),
  leader("Aziz Nasirzadeh", "IR", [["Defence Minister", 2024]], { distinctive: true }),
  leader("Nasser Kanaani", "IR", [["Foreign Ministry Spokesperson", 2022, 2024]], {
    given: ["Naser"],
    distinctive: true,
  }),
  leader("Esmaeil Baghaei", "IR", [["Foreign Ministry Spokesperson", 2024]], {
    given: ["Esmail", "Ismail"],
    distinctive: true,
  }),
  // Japan
  leader("Fumio Kishida", "JP", [["Prime Minister", 2021, 2024]], { distinctive: true }),
  leader("Shigeru Ishiba", "JP", [["Prime Minister", 2024, 2025]], { distinctive: true }),
  leader("Sanae Takaichi", "JP", [["Prime Minister", 2025]], { distinctive: true }),
  leader(
    "Yoshimasa Hayashi",
    "JP",
    [
      ["Foreign Minister", 2021, 2023],
      ["Chief Cabinet Secretary", 2023],
    ],
    { short: ["Hayashi"] },
  ),
  leader("Yoko Kamikawa", "JP", [["Foreign Minister", 2023, 2024]], { distinctive: true }),
  leader("Takeshi Iwaya", "JP", [["Foreign Minister", 2024, 2025]], { distinctive: true }),
  leader("Yasukazu Hamada", "JP", [["Defence Minister", 2022, 2023]], { short: ["Hamada"] }),
  leader("Minoru Kihara", "JP", [["Defence Minister", 2023, 2024]], { distinctive: true }),
  leader("Gen Nakatani", "JP", [["Defence Minister", 2024, 2025]], { distinctive: true }),
  leader("Hirokazu Matsuno", "JP", [["Chief Cabinet Secretary", 2021, 2023]], { distinctive: true }),
  // India
  leader("Narendra Modi", "IN", [["Prime Minister", 2014]], { distinctive: true }),
  leader("Droupadi Murmu", "IN", [["President", 2022]], { distinctive: true }),
  leader("Subrahmanyam Jaishankar", "IN", [["Foreign Minister", 2019]], {
    also: ["S. Jaishankar", "S Jaishankar"],
    distinctive: true,
  }),
  leader("Rajnath Singh", "IN", [["Defence Minister", 2019]]),
  // Indonesia
  leader("Joko Widodo", "ID", [["President", 2014, 2024]], {
    also: ["Jokowi"],
    short: ["Jokowi", "Widodo"],
    distinctive: true,
  }),
  leader(
    "Prabowo Subianto",
    "ID",
    [
      ["Defence Minister", 2019, 2024],
      ["President", 2024],
    ],
    { short: ["Prabowo"], distinctive: true },
  ),
  leader("Retno Marsudi", "ID", [["Foreign Minister", 2014, 2024]], {
    also: ["Retno L.P. Marsudi", "Retno LP Marsudi"],
    short: ["Retno", "Marsudi"],
    distinctive: true,
  }),
  leader("Sugiono", "ID", [["Foreign Minister", 2024]], { distinctive: true }),
  leader("Sjafrie Sjamsoeddin", "ID", [["Defence Minister", 2024]], { short: ["Sjafrie"], distinctive: true }),
  leader("Gibran Rakabuming Raka", "ID", [["Vice President", 2024]], { short: ["Gibran"], distinctive: true }),
  // Turkey
  leader("Recep Tayyip Erdogan", "TR", [["President", 2014]], {
    also: ["Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan"],
    short: ["Erdogan", "Erdoğan", "Erdogans", "Erdoğans"],
    distinctive: true,
  }),
  leader("Mevlut Cavusoglu", "TR", [["Foreign Minister", 2015, 2023]], {
    also: ["Mevlüt Çavuşoğlu"],
    distinctive: true,
  }),
  leader("Hakan Fidan", "TR", [["Foreign Minister", 2023]], { distinctive: true }),
  leader("Hulusi Akar", "TR", [["Defence Minister", 2018, 2023]], { distinctive: true }),
  leader("Yasar Guler", "TR", [["Defence Minister", 2023]], {
    also: ["Yaşar Güler"],
    short: ["Guler", "Güler"],
    distinctive: true,
  }),
  // Germany
  leader("Olaf Scholz", "DE", [["Chancellor", 2021, 2025]], { distinctive: true }),
  leader("Friedrich Merz", "DE", [["Chancellor", 2025]], { distinctive: true }),
  leader("Frank-Walter Steinmeier", "DE", [["President", 2017]], { distinctive: true }),
  leader("Annalena Baerbock", "DE", [["Foreign Minister", 2021, 2025]], { distinctive: true }),
  leader("Johann Wadephul", "DE", [["Foreign Minister", 2025]], { distinctive: true }),
  leader("Boris Pistorius", "DE", [["Defence Minister", 2023]], { distinctive: true }),
  leader("Christine Lambrecht", "DE", [["Defence Minister", 2021, 2023]], { distinctive: true }),
  leader("Steffen Hebestreit", "DE", [["Government Spokesperson", 2021, 2025]], { distinctive: true }),
  // France
  leader("Emmanuel Macron", "FR", [["President", 2017]], { distinctive: true }),
  leader("Elisabeth Borne", "FR", [["Prime Minister", 2022, 2024]], { also: ["Élisabeth Borne"] }),
  leader("Gabriel Attal", "FR", [["Prime Minister", 2024, 2024]], { distinctive: true }),
  leader("Michel Barnier", "FR", [["Prime Minister", 2024, 2024]], { distinctive: true }),
  leader("Francois Bayrou", "FR", [["Prime Minister", 2024, 2025]], { also: ["François Bayrou"], distinctive: true }),
  leader(
    "Sebastien Lecornu",
    "FR",
    [
      ["Defence Minister", 2022, 2025],
      ["Prime Minister", 2025],
    ],
    { also: ["Sébastien Lecornu"], distinctive: true },
  ),
  leader("Catherine Colonna", "FR", [["Foreign Minister", 2022, 2024]], { distinctive: true }),
  leader("Stephane Sejourne", "FR", [["Foreign Minister", 2024, 2024]], {
    also: ["Stéphane Séjourné"],
    short: ["Sejourne", "Séjourné"],
    distinctive: true,
  }),
  leader("Jean-Noel Barrot", "FR", [["Foreign Minister", 2024]], { also: ["Jean-Noël Barrot"], distinctive: true }),
  // United Kingdom
  leader("Rishi Sunak", "GB", [["Prime Minister", 2022, 2024]], { distinctive: true }),
  leader("Keir Starmer", "GB", [["Prime Minister", 2024]], { distinctive: true }),
  leader("Liz Truss", "GB", [["Prime Minister", 2022, 2022]], { distinctive: true }),
  leader("Boris Johnson", "GB", [["Prime Minister", 2019, 2022]], { short: ["Johnson"] }),
  leader("Charles III", "GB", [["King", 2022]], {
    also: ["King Charles", "King Charles III", "Raja Charles", "König Charles", "Rey Carlos III"],
  }),
  leader("James Cleverly", "GB", [["Foreign Secretary", 2022, 2023]], { distinctive: true }),
  leader("David Cameron", "GB", [["Foreign Secretary", 2023, 2024]], { short: ["Cameron"] }),
  leader("David Lammy", "GB", [["Foreign Secretary", 2024, 2025]], { distinctive: true }),
  leader("Yvette Cooper", "GB", [["Foreign Secretary", 2025]], { short: ["Cooper"] }),
  leader("Ben Wallace", "GB", [["Defence Secretary", 2019, 2023]], { short: ["Wallace"] }),
  leader("Grant Shapps", "GB", [["Defence Secretary", 2023, 2024]], { distinctive: true }),
  leader("John Healey", "GB", [["Defence Secretary", 2024]], { short: ["Healey"] }),
  // Italy, Canada, Australia
  leader("Giorgia Meloni", "IT", [["Prime Minister", 2022]], { distinctive: true }),
  leader("Sergio Mattarella", "IT", [["President", 2015]], { distinctive: true }),
  leader("Antonio Tajani", "IT", [["Foreign Minister", 2022]], { distinctive: true }),
  leader("Guido Crosetto", "IT", [["Defence Minister", 2022]], { distinctive: true }),
  leader("Justin Trudeau", "CA", [["Prime Minister", 2015, 2025]], { distinctive: true }),
  leader("Mark Carney", "CA", [["Prime Minister", 2025]], { distinctive: true }),
  leader("Melanie Joly", "CA", [["Foreign Minister", 2021, 2025]], { also: ["Mélanie Joly"], short: ["Joly"] }),
  leader(
    "Anita Anand",
    "CA",
    [
      ["Defence Minister", 2021, 2023],
      ["Foreign Minister", 2025],
    ],
    { short: ["Anand"] },
  ),
  leader("Bill Blair", "CA", [["Defence Minister", 2023, 2025]], { short: ["Blair"] }),
  leader("Anthony Albanese", "AU", [["Prime Minister", 2022]], { distinctive: true }),
  leader("Penny Wong", "AU", [["Foreign Minister", 2022]], { short: ["Wong"] }),
  leader("Richard Marles", "AU", [["Defence Minister", 2022]], { distinctive: true }),
  // Brazil, Mexico, Argentina
  leader("Luiz Inacio Lula da Silva", "BR", [["President", 2023]], {
    also: ["Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"],
    short: ["Lula"],
    distinctive: true,
  }),
  leader("Jair Bolsonaro", "BR", [["President", 2019, 2022]], { distinctive: true }),
  leader("Mauro Vieira", "BR", [["Foreign Minister", 2023]], { short: ["Vieira"] }),
  leader("Jose Mucio", "BR", [["Defence Minister", 2023]], { also: ["José Múcio", "José Mucio Monteiro"] }),
  leader("Andres Manuel Lopez Obrador", "MX", [["President", 2018, 2024]], {
    also: ["Andrés Manuel López Obrador", "López Obrador", "Lopez Obrador", "AMLO"],
    short: ["López Obrador", "Lopez Obrador", "AMLO"],
    distinctive: true,
  }),
  leader("Claudia Sheinbaum", "MX", [["President", 2024]], { distinctive: true }),
  leader("Marcelo Ebrard", "MX", [["Foreign Minister", 2018, 2023]], { distinctive: true }),
  leader("Alicia Barcena", "MX", [["Foreign Minister", 2023, 2024]], {
    also: ["Alicia Bárcena"],
    short: ["Barcena", "Bárcena"],
    distinctive: true,
  }),
  leader("Juan Ramon de la Fuente", "MX", [["Foreign Minister", 2024]], { also: ["Juan Ramón de la Fuente"] }),
  leader("Alberto Fernandez", "AR", [["President", 2019, 2023]], { also: ["Alberto Fernández"] }),
  leader("Javier Milei", "AR", [["President", 2023]], { distinctive: true }),
  leader("Santiago Cafiero", "AR", [["Foreign Minister", 2021, 2023]], { distinctive: true }),
  leader("Diana Mondino", "AR", [["Foreign Minister", 2023, 2024]], { distinctive: true }),
  leader("Gerardo Werthein", "AR", [["Foreign Minister", 2024, 2025]], { distinctive: true }),
  // Saudi Arabia, South Africa
  leader(
    "Mohammed bin Salman",
    "SA",
    [
      ["Crown Prince", 2017],
      ["Prime Minister", 2022],
    ],
    { also: ["Mohammad bin Salman", "Muhammad bin Salman", "Mohammed bin Salman Al Saud", "MBS"] },
  ),
  leader("Salman bin Abdulaziz", "SA", [["King", 2015]], { also: ["King Salman", "Salman bin Abdulaziz Al Saud"] }),
  leader("Faisal bin Farhan Al Saud", "SA", [["Foreign Minister", 2019]], {
    also: ["Faisal bin Farhan", "Prince Faisal bin Farhan"],
  }),
  leader("Khalid bin Salman", "SA", [["Defence Minister", 2022]], { also: ["Khalid bin Salman Al Saud"] }),
  leader("Cyril Ramaphosa", "ZA", [["President", 2018]], { distinctive: true }),
  leader("Naledi Pandor", "ZA", [["Foreign Minister", 2019, 2024]], { distinctive: true }),
  leader("Ronald Lamola", "ZA", [["Foreign Minister", 2024]], { distinctive: true }),
  leader("Thandi Modise", "ZA", [["Defence Minister", 2021, 2024]], { distinctive: true }),
  leader("Angie Motshekga", "ZA", [["Defence Minister", 2024]], { distinctive: true }),
  // European Union, United Nations, NATO
  leader("Ursula von der Leyen", "EU", [["President of the European Commission", 2019]], {
    short: ["von der Leyen"],
    distinctive: true,
  }),
  leader("Charles Michel", "EU", [["President of the European Council", 2019, 2024]]),
  leader("Antonio Costa", "EU", [["President of the European Council", 2024]], { also: ["António Costa"] }),
  leader("Josep Borrell", "EU", [["High Representative for Foreign Affairs", 2019, 2024]], { distinctive: true }),
  leader("Kaja Kallas", "EU", [["High Representative for Foreign Affairs", 2024]], { distinctive: true }),
  leader("Antonio Guterres", "UN", [["Secretary-General", 2017]], { also: ["António Guterres"], distinctive: true }),
  leader("Stephane Dujarric", "UN", [["Spokesperson", 2014]], { also: ["Stéphane Dujarric"], distinctive: true }),
  leader("Jens Stoltenberg", "NATO", [["Secretary General", 2014, 2024]], { distinctive: true }),
  leader("Mark Rutte", "NATO", [["Secretary General", 2024]], { distinctive: true }),
  // Others often in the same news
  leader("Benjamin Netanyahu", "IL", [["Prime Minister", 2022]], {
    given: ["Binyamin"],
    family: ["Netanjahu"],
    distinctive: true,
  }),
  leader("Viktor Orban", "HU", [["Prime Minister", 2010]], {
    also: ["Viktor Orbán"],
    short: ["Orban", "Orbán"],
    distinctive: true,
  }),
  leader("Bashar al-Assad", "SY", [["President", 2000, 2024]], {
    also: ["Bashar Assad", "Baschar al-Assad"],
    short: ["Assad"],
    distinctive: true,
  }),
  leader("Ahmed al-Sharaa", "SY", [["President", 2025]], {
    also: ["Ahmad al-Sharaa", "Ahmed al-Shara", "Ahmed al-Scharaa"],
    short: ["al-Sharaa", "Sharaa"],
    distinctive: true,
  }),
  leader("Asaad al-Shibani", "SY", [["Foreign Minister", 2024]], {
    also: ["Asaad Hassan al-Shibani", "Assad al-Shaibani", "Asaad al-Shaibani"],
    short: ["al-Shibani", "Shibani"],
    distinctive: true,
  }),
  leader("Pedro Sanchez", "ES", [["Prime Minister", 2018]], { also: ["Pedro Sánchez"], distinctive: true }),
  leader("Jose Manuel Albares", "ES", [["Foreign Minister", 2021]], {
    also: ["José Manuel Albares"],
    short: ["Albares"],
    distinctive: true,
  }),
  leader("Andrzej Duda", "PL", [["President", 2015, 2025]], { distinctive: true }),
  leader("Donald Tusk", "PL", [["Prime Minister", 2023]], { distinctive: true }),
  // Polish keeps its letters in the canonical name, as the corpus gold does for native spellings.
  leader("Radosław Sikorski", "PL", [["Foreign Minister", 2023]], { also: ["Radoslaw Sikorski"], distinctive: true }),
  leader("Władysław Kosiniak-Kamysz", "PL", [["Defence Minister", 2023]], {
    also: ["Wladyslaw Kosiniak-Kamysz"],
    short: ["Kosiniak-Kamysz"],
  }),
  leader("Alexei Navalny", "RU", [["Opposition leader", 2011, 2024]], {
    given: ["Alexey", "Aleksei"],
    family: ["Nawalny", "Navalni", "Navalnyj"],
    distinctive: true,
  }),
  leader("Kassym-Jomart Tokayev", "KZ", [["President", 2019]], { family: ["Tokajew"], distinctive: true }),
  leader("Min Aung Hlaing", "MM", [["Leader", 2021]]),
  // Gulf, Middle East and Africa: long forms with particles and their transliterations
  leader("Tamim bin Hamad Al Thani", "QA", [["Emir", 2013]], {
    also: ["Tamim bin Hamad", "Tamim ben Hamad Al Thani", "Tamim bin Hamad Al-Thani", "Sheikh Tamim"],
    short: ["Tamim"],
    distinctive: true,
  }),
  leader(
    "Mohammed bin Abdulrahman Al Thani",
    "QA",
    [
      ["Prime Minister", 2023],
      ["Foreign Minister", 2016],
    ],
    {
      also: [
        "Mohammed bin Abdulrahman",
        "Mohammed ben Abdelrahmane Al Thani",
        "Mohammed ben Abdulrahman Al Thani",
        "Mohammad bin Abdulrahman Al Thani",
        "Muhammad bin Abdulrahman Al Thani",
        "Mohammed bin Abdulrahman bin Jassim Al Thani",
        "Mohamed bin Abdulrahman Al Thani",
      ],
    },
  ),
  leader("Majed al-Ansari", "QA", [["Spokesperson", 2022]], { also: ["Majed Al Ansari"], short: ["Ansari"] }),
  leader("Mohamed bin Zayed Al Nahyan", "AE", [["President", 2022]], {
    also: ["Mohamed bin Zayed", "Mohammed bin Zayed", "Mohammed bin Zayed Al Nahyan", "MBZ"],
  }),
  leader("Abdullah bin Zayed Al Nahyan", "AE", [["Foreign Minister", 2006]], { also: ["Abdullah bin Zayed"] }),
  leader("Abdel Fattah el-Sisi", "EG", [["President", 2014]], {
    also: [
      "Abdel Fattah al-Sisi",
      "Abdel Fattah el-Sissi",
      "Abdel Fattah al-Sissi",
      "Abdul Fattah al-Sisi",
      "Abdel Fatah al-Sisi",
      "Abdelfattah el-Sisi",
      "Abdel-Fattah al-Sisi",
      "Abdel Fattah as-Sisi",
      "Abdel Fattah Sisi",
    ],
    short: ["Sisi", "Sissi"],
    distinctive: true,
  }),
  leader("Sameh Shoukry", "EG", [["Foreign Minister", 2014, 2024]], {
    family: ["Shukri", "Choukri"],
    distinctive: true,
  }),
  leader("Badr Abdelatty", "EG", [["Foreign Minister", 2024]], {
    family: ["Abdel Aty", "Abdelaty", "Abdel Ati"],
    distinctive: true,
  }),
  leader("Ayman Safadi", "JO", [["Foreign Minister", 2017]], { distinctive: true }),
  leader("Abdullah II", "JO", [["King", 1999]], { also: ["King Abdullah II", "Abdullah II bin Al-Hussein"] }),
  leader("Isaac Herzog", "IL", [["President", 2021]], { family: ["Herzogs"], short: ["Herzog"] }),
  leader("Yoav Gallant", "IL", [["Defence Minister", 2022, 2024]], { distinctive: true }),
  leader("Israel Katz", "IL", [
    ["Foreign Minister", 2024, 2024],
    ["Defence Minister", 2024],
  ]),
  leader("Gideon Saar", "IL", [["Foreign Minister", 2024]], { also: ["Gideon Sa'ar"], distinctive: true }),
  leader("Mahmoud Abbas", "PS", [["President", 2005]], { distinctive: true }),
  leader("Ismail Haniyeh", "PS", [["Hamas political leader", 2017, 2024]], {
    family: ["Haniya", "Hanija", "Haniyé", "Hanieh"],
    distinctive: true,
  }),
  leader("Yahya Sinwar", "PS", [["Hamas leader", 2017, 2024]], { family: ["Sinouar", "Sinuar"], distinctive: true }),
  leader("Najib Mikati", "LB", [["Prime Minister", 2021, 2025]], { family: ["Miqati"], distinctive: true }),
  leader("Aidarous al-Zubaidi", "YE", [["Vice President", 2022]], {
    also: [
      "Aidarous Al-Zoubaidi",
      "Aidarous al-Zoubaidi",
      "Aidarus al-Zubaidi",
      "Aidarous Al Zubaidi",
      "Aydarus al-Zubaydi",
    ],
    short: ["Zubaidi", "Zoubaidi"],
    distinctive: true,
  }),
  leader("Abdel Fattah al-Burhan", "SD", [["Army chief", 2019]], {
    also: ["Abdel Fattah Burhan", "Abdel-Fattah al-Burhan", "Abdel Fattah el-Burhan", "Abdul Fattah al-Burhan"],
    short: ["Burhan", "al-Burhan"],
    distinctive: true,
  }),
  leader("Mohamed Hamdan Dagalo", "SD", [["RSF leader", 2013]], {
    also: ["Mohammed Hamdan Dagalo", "Mohamed Hamdan Daglo", "Hemedti"],
    short: ["Dagalo", "Hemedti"],
    distinctive: true,
  }),
  leader("Bola Ahmed Tinubu", "NG", [["President", 2023]], {
    also: ["Bola Tinubu"],
    short: ["Tinubu"],
    distinctive: true,
  }),
  leader("Abdourahamane Tchiani", "NE", [["Leader", 2023]], {
    also: ["Abdourahmane Tiani", "Abdourahamane Tiani", "Abdourahmane Tchiani"],
    short: ["Tchiani", "Tiani"],
    distinctive: true,
  }),
  leader("Mohamed Bazoum", "NE", [["President", 2021, 2023]], { distinctive: true }),
  // The juntas of the Sahel confederation (AES) beside Niger's: a bare "le dirigeant burkinabè" is then their leader.
  leader("Ibrahim Traoré", "BF", [["Leader", 2022]], { also: ["Ibrahim Traore"], short: ["Traoré", "Traore"] }),
  leader("Assimi Goïta", "ML", [["Leader", 2021]], {
    also: ["Assimi Goita"],
    short: ["Goïta", "Goita"],
    distinctive: true,
  }),
  leader("Nikol Pashinyan", "AM", [["Prime Minister", 2018]], {
    family: ["Paschinjan", "Pachinian"],
    distinctive: true,
  }),
  leader("Ilham Aliyev", "AZ", [["President", 2003]], { family: ["Alijew", "Aliev"], distinctive: true }),
  leader("Shehbaz Sharif", "PK", [["Prime Minister", 2022]], { given: ["Shahbaz"], family: ["Sharīf"] }),
  leader("Ferdinand Marcos Jr.", "PH", [["President", 2022]], {
    also: ["Ferdinand Marcos Jr", "Ferdinand Marcos", "Bongbong Marcos", "Ferdinand R. Marcos Jr."],
    short: ["Marcos"],
  }),
  leader("Anwar Ibrahim", "MY", [["Prime Minister", 2022]], { short: ["Anwar"], distinctive: true }),
  leader("Ajit Doval", "IN", [["National Security Adviser", 2014]], { distinctive: true }),
  leader("Kyrylo Budanov", "UA", [["Intelligence chief", 2020]], {
    given: ["Kirilo", "Kirill", "Kyryło", "Kyrillo", "Cyrille"],
    family: ["Budánov", "Budanow", "Boudanov", "Budanau"],
    distinctive: true,
  }),
  // Latin America: two surnames, of which English keeps the first ("Nicolás Maduro Moros" is Maduro)
  leader("Nicolas Maduro", "VE", [["President", 2013]], {
    also: ["Nicolás Maduro", "Nicolás Maduro Moros", "Nicolas Maduro Moros"],
    short: ["Maduro"],
    distinctive: true,
  }),
  leader("Diosdado Cabello", "VE", [["Interior Minister", 2024]], {
    also: ["Diosdado Cabello Rondón", "Diosdado Cabello Rondon"],
    short: ["Cabello"],
    distinctive: true,
  }),
  leader("Delcy Rodriguez", "VE", [["Vice President", 2018]], { also: ["Delcy Rodríguez", "Delcy Eloína Rodríguez"] }),
  leader("Yvan Gil", "VE", [["Foreign Minister", 2023]], { also: ["Yván Gil", "Yván Gil Pinto", "Yvan Gil Pinto"] }),
  leader("Miguel Diaz-Canel", "CU", [["President", 2018]], {
    also: ["Miguel Díaz-Canel", "Miguel Díaz-Canel Bermúdez"],
    short: ["Díaz-Canel", "Diaz-Canel"],
    distinctive: true,
  }),
  leader("Bruno Rodriguez Parrilla", "CU", [["Foreign Minister", 2009]], {
    also: ["Bruno Rodríguez Parrilla", "Bruno Rodríguez", "Bruno Rodriguez"],
  }),
  leader("Daniel Ortega", "NI", [["President", 2007]], {
    also: ["José Daniel Ortega Saavedra", "Daniel Ortega Saavedra"],
    short: ["Ortega"],
  }),
  leader("Rosario Murillo", "NI", [["Vice President", 2017]], { short: ["Murillo"] }),
  leader("Gustavo Petro", "CO", [["President", 2022]], { also: ["Gustavo Petro Urrego"], distinctive: true }),
  // More heads of state and government, and foreign ministers, that world news names often.
  leader("Luis Montenegro", "PT", [["Prime Minister", 2024]], { also: ["Luís Montenegro"] }),
  leader("Karol Nawrocki", "PL", [["President", 2025]], { distinctive: true }),
  leader("Petr Fiala", "CZ", [["Prime Minister", 2021, 2025]], { distinctive: true }),
  leader("Andrej Babis", "CZ", [["Prime Minister", 2025]], {
    also: ["Andrej Babiš"],
    short: ["Babis", "Babiš"],
    distinctive: true,
  }),
  leader("Robert Fico", "SK", [["Prime Minister", 2023]], { distinctive: true }),
  leader("Alexander Stubb", "FI", [["President", 2024]], { distinctive: true }),
  leader("Ulf Kristersson", "SE", [["Prime Minister", 2022]], { distinctive: true }),
  leader("Mette Frederiksen", "DK", [["Prime Minister", 2019]], { distinctive: true }),
  leader("Dick Schoof", "NL", [["Prime Minister", 2024]], { distinctive: true }),
  leader("Bart De Wever", "BE", [["Prime Minister", 2025]], { short: ["De Wever"], distinctive: true }),
  leader("Christopher Luxon", "NZ", [["Prime Minister", 2023]], { distinctive: true }),
  leader("Muhammad Yunus", "BD", [["Chief Adviser", 2024]], { also: ["Mohammad Yunus"], short: ["Yunus"] }),
  leader("Anura Kumara Dissanayake", "LK", [["President", 2024]], { short: ["Dissanayake"], distinctive: true }),
  leader("Anutin Charnvirakul", "TH", [["Prime Minister", 2025]], { short: ["Anutin"], distinctive: true }),
  leader("Lawrence Wong", "SG", [["Prime Minister", 2024]]),
  leader("Vivian Balakrishnan", "SG", [["Foreign Minister", 2015]], { distinctive: true }),
  leader("To Lam", "VN", [["General Secretary", 2024]], { also: ["Tô Lâm"] }),
  leader("Hun Manet", "KH", [["Prime Minister", 2023]]),
  leader("Enrique Manalo", "PH", [["Foreign Minister", 2022, 2025]], { distinctive: true }),
  leader("Mohamad Hasan", "MY", [["Foreign Minister", 2023]], { also: ["Mohamad Haji Hasan"] }),
  leader("Ishaq Dar", "PK", [["Foreign Minister", 2024]]),
  leader("Badr Albusaidi", "OM", [["Foreign Minister", 2020]], {
    also: ["Badr al-Busaidi", "Badr Al Busaidi", "Badr bin Hamad Albusaidi"],
    short: ["Albusaidi"],
    distinctive: true,
  }),
  leader("William Ruto", "KE", [["President", 2022]], { distinctive: true }),
  leader("Paul Kagame", "RW", [["President", 2000]], { distinctive: true }),
  leader("Felix Tshisekedi", "CD", [["President", 2019]], { also: ["Félix Tshisekedi"], distinctive: true }),
  leader("Abiy Ahmed", "ET", [["Prime Minister", 2018]], { also: ["Abiy Ahmed Ali"], short: ["Abiy"] }),
  leader("Gabriel Boric", "CL", [["President", 2022]], { distinctive: true }),
  leader("Daniel Noboa", "EC", [["President", 2023]], { distinctive: true }),
  leader("Shavkat Mirziyoyev", "UZ", [["President", 2016]], { distinctive: true }),
  leader("Aleksandar Vucic", "RS", [["President", 2017]], {
    also: ["Aleksandar Vučić"],
    short: ["Vucic", "Vučić"],
    distinctive: true,
  }),
  // Still more office holders of 2022–2025 that world news names: heads of state and government,
  // foreign and defence ministers, and figures whose words make the news.
  leader("Mateusz Morawiecki", "PL", [["Prime Minister", 2017, 2023]], { distinctive: true }),
  leader("Zbigniew Rau", "PL", [["Foreign Minister", 2020, 2023]], { short: ["Rau"] }),
  leader("Mariusz Błaszczak", "PL", [["Defence Minister", 2018, 2023]], {
    also: ["Mariusz Blaszczak"],
    short: ["Błaszczak", "Blaszczak"],
    distinctive: true,
  }),
  leader("Peter Szijjarto", "HU", [["Foreign Minister", 2014]], {
    also: ["Péter Szijjártó", "Peter Szijjártó"],
    short: ["Szijjarto", "Szijjártó"],
    distinctive: true,
  }),
  leader("Karl Nehammer", "AT", [["Chancellor", 2021, 2025]], { distinctive: true }),
  leader("Alexander Van der Bellen", "AT", [["President", 2017]], { short: ["Van der Bellen"], distinctive: true }),
  leader("Jonas Gahr Store", "NO", [["Prime Minister", 2021]], { also: ["Jonas Gahr Støre"], short: ["Støre"] }),
  leader("Gitanas Nauseda", "LT", [["President", 2019]], {
    also: ["Gitanas Nausėda"],
    short: ["Nauseda", "Nausėda"],
    distinctive: true,
  }),
  leader("Gabrielius Landsbergis", "LT", [["Foreign Minister", 2020, 2024]], { distinctive: true }),
  leader("Klaus Iohannis", "RO", [["President", 2014, 2025]], { distinctive: true }),
  leader("Maia Sandu", "MD", [["President", 2020]], { distinctive: true }),
  leader("Irakli Kobakhidze", "GE", [["Prime Minister", 2024]], { distinctive: true }),
  leader("Salome Zourabichvili", "GE", [["President", 2018, 2024]], { distinctive: true }),
  leader("Ararat Mirzoyan", "AM", [["Foreign Minister", 2021]], { distinctive: true }),
  leader("Jeyhun Bayramov", "AZ", [["Foreign Minister", 2020]], { distinctive: true }),
  leader("Kyriakos Mitsotakis", "GR", [["Prime Minister", 2019]], { distinctive: true }),
  leader("Alexander De Croo", "BE", [["Prime Minister", 2020, 2025]], { short: ["De Croo"], distinctive: true }),
  leader("Marcelo Rebelo de Sousa", "PT", [["President", 2016]], { short: ["Rebelo de Sousa"], distinctive: true }),
  leader("Mario Draghi", "IT", [["Prime Minister", 2021, 2022]], { distinctive: true }),
  leader("Margarita Robles", "ES", [["Defence Minister", 2018]], { short: ["Robles"] }),
  leader("Albin Kurti", "XK", [["Prime Minister", 2021]], { distinctive: true }),
  leader("Vjosa Osmani", "XK", [["President", 2021]], { distinctive: true }),
  leader("Roberta Metsola", "EU", [["European Parliament President", 2022]], { distinctive: true }),
  leader("Rafael Grossi", "UN", [["IAEA Director General", 2019]], {
    also: ["Rafael Mariano Grossi"],
    distinctive: true,
  }),
  leader("Yevgeny Prigozhin", "RU", [["Wagner Group Founder", 2014, 2023]], {
    given: ["Yevgeniy", "Evgeny", "Jewgeni", "Evgueni"],
    family: ["Prigojine", "Prigoschin", "Prigożyn", "Prigojin"],
    distinctive: true,
  }),
  leader("Valentina Matviyenko", "RU", [["Federation Council Speaker", 2011]], {
    family: ["Matvienko", "Matwijenko"],
    distinctive: true,
  }),
  leader("Vyacheslav Volodin", "RU", [["State Duma Chairman", 2016]], {
    short: ["Volodin"],
    given: ["Viacheslav", "Wjatscheslaw"],
  }),
  leader("Andrei Rudenko", "RU", [["Deputy Foreign Minister", 2019]], {
    short: ["Rudenko"],
    given: ["Andrey", "Andrej"],
  }),
  leader("Ramzan Kadyrov", "RU", [["Head of Chechnya", 2007]], { distinctive: true }),
  leader("Valerii Zaluzhnyi", "UA", [["Commander-in-Chief of the Armed Forces", 2021, 2024]], {
    given: ["Valery", "Valeriy", "Walerij"],
    family: ["Zaluzhny", "Saluschnyj", "Załużny", "Zaloujny"],
    distinctive: true,
  }),
  leader("Oleksandr Syrskyi", "UA", [["Commander-in-Chief of the Armed Forces", 2024]], {
    given: ["Oleksandr", "Alexander"],
    family: ["Syrsky", "Syrskyj", "Syrski"],
    distinctive: true,
  }),
  leader("Mykhailo Podolyak", "UA", [["Presidential Adviser", 2020]], {
    given: ["Mykhaylo", "Mychajlo"],
    family: ["Podoliak", "Podoljak"],
    distinctive: true,
  }),
  leader("Han Zheng", "CN", [["Vice President", 2023]]),
  leader("Zhao Leji", "CN", [["Chairman of the National People's Congress", 2023]]),
  leader("Choe Ryong Hae", "KP", [["First Vice President of the State Affairs Commission", 2019]]),
  leader("Tsai Ing-wen", "TW", [["President", 2016, 2024]], { also: ["Tsai Ing Wen"] }),
  leader("Lai Ching-te", "TW", [["President", 2024]], { also: ["Lai Ching Te", "William Lai"] }),
  leader("Joseph Wu", "TW", [["Foreign Minister", 2018, 2024]], { short: ["Wu"] }),
  leader("Vo Van Thuong", "VN", [["President", 2023, 2024]], { also: ["Võ Văn Thưởng"], short: ["Thuong"] }),
  leader("Nguyen Phu Trong", "VN", [["General Secretary", 2011, 2024]], {
    also: ["Nguyễn Phú Trọng"],
    short: ["Trong"],
  }),
  leader("Pham Minh Chinh", "VN", [["Prime Minister", 2021]], { also: ["Phạm Minh Chính"], short: ["Chinh"] }),
  leader("Bui Thanh Son", "VN", [["Foreign Minister", 2021]], { short: ["Son"], also: ["Bùi Thanh Sơn"] }),
  leader("Luong Cuong", "VN", [["President", 2024]], { short: ["Cuong"], also: ["Lương Cường"] }),
  leader("Lee Hsien Loong", "SG", [["Prime Minister", 2004, 2024]], { short: ["Lee"] }),
  leader("Hun Sen", "KH", [["Prime Minister", 1985, 2023]]),
  leader("Prayut Chan-o-cha", "TH", [["Prime Minister", 2014, 2023]], { short: ["Prayut"], distinctive: true }),
  leader("Srettha Thavisin", "TH", [["Prime Minister", 2023, 2024]], { short: ["Srettha"], distinctive: true }),
  leader("Paetongtarn Shinawatra", "TH", [["Prime Minister", 2024, 2025]], {
    short: ["Paetongtarn"],
    distinctive: true,
  }),
  leader("Gilberto Teodoro", "PH", [["Defence Secretary", 2023]], { short: ["Teodoro"] }),
  leader("Sheikh Hasina", "BD", [["Prime Minister", 2009, 2024]], { short: ["Hasina"], distinctive: true }),
  leader("Ranil Wickremesinghe", "LK", [["President", 2022, 2024]], { distinctive: true }),
  leader("Imran Khan", "PK", [["Prime Minister", 2018, 2022]], { short: ["Khan"] }),
  leader("Bilawal Bhutto Zardari", "PK", [["Foreign Minister", 2022, 2023]], { short: ["Bhutto Zardari", "Bilawal"] }),
  leader("Asim Munir", "PK", [["Chief of Army Staff", 2022]], { distinctive: true }),
  leader("Mohammed Shia al-Sudani", "IQ", [["Prime Minister", 2022]], {
    also: ["Mohammed Shia' al-Sudani", "Mohammed Shia Al Sudani"],
    short: ["al-Sudani", "Sudani"],
  }),
  leader("Fuad Hussein", "IQ", [["Foreign Minister", 2020]], { short: ["Hussein"] }),
  leader("Yair Lapid", "IL", [["Prime Minister", 2022, 2022]], { distinctive: true }),
  leader("Naftali Bennett", "IL", [["Prime Minister", 2021, 2022]], { distinctive: true }),
  leader("Eli Cohen", "IL", [["Foreign Minister", 2023, 2024]], { short: ["Cohen"] }),
  leader("Hassan Nasrallah", "LB", [["Hezbollah Chief", 1992, 2024]], { distinctive: true }),
  leader("Abdul-Malik al-Houthi", "YE", [["Houthi Movement Head", 2004]], { also: ["Abdul Malik al-Houthi"] }),
  leader("Kais Saied", "TN", [["President", 2019]], {
    also: ["Kaïs Saïed", "Kais Said", "Kaïs Saied"],
    short: ["Saied", "Saïed"],
  }),
  leader("Abdelmadjid Tebboune", "DZ", [["President", 2019]], { distinctive: true }),
  leader("Nasser Bourita", "MA", [["Foreign Minister", 2017]], { distinctive: true }),
  leader("Mohammed VI", "MA", [["King", 1999]], { also: ["Mohamed VI", "Muhammad VI", "Mohammed 6"] }),
  leader("Abdul Hamid Dbeibah", "LY", [["Prime Minister", 2021]], {
    also: ["Abdulhamid Dbeibah", "Abdul Hamid Dbeibeh"],
    short: ["Dbeibah"],
    distinctive: true,
  }),
  leader("Khalifa Haftar", "LY", [["Libyan National Army Commander", 2014]], { distinctive: true }),
  leader("Macky Sall", "SN", [["President", 2012, 2024]], { short: ["Sall"] }),
  leader("Bassirou Diomaye Faye", "SN", [["President", 2024]], { short: ["Diomaye Faye", "Faye"] }),
  leader("Yoweri Museveni", "UG", [["President", 1986]], { distinctive: true }),
  leader("Samia Suluhu Hassan", "TZ", [["President", 2021]], { short: ["Samia"] }),
  leader("Hassan Sheikh Mohamud", "SO", [["President", 2022]], { short: ["Sheikh Mohamud"] }),
  leader("Emmerson Mnangagwa", "ZW", [["President", 2017]], { distinctive: true }),
  leader("Mahamat Idriss Deby", "TD", [["President", 2021]], {
    also: ["Mahamat Idriss Déby", "Mahamat Deby", "Mahamat Déby"],
    short: ["Deby", "Déby"],
  }),
  leader("Yusuf Tuggar", "NG", [["Foreign Minister", 2023]], { also: ["Yusuf Maitama Tuggar"], distinctive: true }),
  leader("Abdoulaye Diop", "ML", [["Foreign Minister", 2021]], { short: ["Diop"] }),
  leader("Isaias Afwerki", "ER", [["President", 1993]], { distinctive: true }),
  leader("Irfaan Ali", "GY", [["President", 2020]], { also: ["Mohamed Irfaan Ali"], short: ["Ali"] }),
  leader("Dina Boluarte", "PE", [["President", 2022, 2025]], { distinctive: true }),
  leader("Luis Arce", "BO", [["President", 2020, 2025]], { also: ["Luis Arce Catacora"], short: ["Arce"] }),
  leader("Celso Amorim", "BR", [["Chief Adviser on Foreign Affairs", 2023]], { distinctive: true }),
  leader("Maria Corina Machado", "VE", [["Opposition Figure", 2023]], {
    also: ["María Corina Machado"],
    short: ["Machado"],
  }),
  leader("Sadyr Japarov", "KG", [["President", 2021]], { also: ["Sadyr Zhaparov"], distinctive: true }),
  leader("Emomali Rahmon", "TJ", [["President", 1992]], { distinctive: true }),
  leader("Nancy Pelosi", "US", [["House Speaker", 2019, 2023]], { distinctive: true }),
  leader("Kevin McCarthy", "US", [["House Speaker", 2023, 2023]], { short: ["McCarthy"] }),
  leader("William Burns", "US", [["CIA Director", 2021, 2025]], { short: ["Burns"] }),
  leader("Victoria Nuland", "US", [["Under Secretary for Political Affairs", 2021, 2024]], { distinctive: true }),
  leader("Kurt Campbell", "US", [["Deputy Secretary at the State Department", 2024, 2025]], { short: ["Campbell"] }),
  leader("Gina Raimondo", "US", [["Commerce Secretary", 2021, 2025]], { distinctive: true }),
  leader("Katherine Tai", "US", [["Trade Representative", 2021, 2025]], { short: ["Tai"] }),
  leader("Mark Milley", "US", [["Chairman of the Joint Chiefs of Staff", 2019, 2023]], { distinctive: true }),
];
