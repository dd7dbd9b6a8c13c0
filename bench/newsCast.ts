import { tailCountries } from "./newsCountries";
import { officials } from "./newsOfficials";

/**
 * Who the synthetic news is about: every independent country and over 3,000 people, most frequent
 * first (their rank gives their Zipf weight), each country in a bloc that decides who meets whom.
 * The head is written by hand: the 49 countries and 78 real leaders the news names most, in the
 * usual English spellings (extraction's gazetteer knows them) and the Indonesian names Indonesian
 * outlets use. The tail is generated: the other countries (bench/newsCountries.ts) and, for every
 * country, ministers, a deputy foreign minister, an ambassador and a spokesperson with invented
 * names (bench/newsOfficials.ts).
 */
export type Bloc = "east" | "west" | "south";

export interface Country {
  code: string;
  en: string;
  id: string;
  /** Capital, English then Indonesian spelling. */
  capital: [string, string];
  bloc: Bloc;
}

export interface Person {
  name: string;
  country: string;
  title: TitleKey;
  /** The name a later mention uses, where the name alone does not tell (generated officials). */
  short?: string;
}

export type TitleKey = keyof typeof TITLES;

/** Titles in English and Indonesian, as the articles introduce their holders and extraction reads them. */
export const TITLES = {
  president: ["President", "Presiden"],
  leader: ["leader", "pemimpin"],
  pm: ["Prime Minister", "Perdana Menteri"],
  fm: ["Foreign Minister", "Menteri Luar Negeri"],
  dm: ["Defence Minister", "Menteri Pertahanan"],
  spokes: ["spokesperson", "juru bicara"],
  chancellor: ["Chancellor", "Kanselir"],
  sg: ["Secretary-General", "Sekretaris Jenderal"],
  deputyFm: ["Deputy Foreign Minister", "Wakil Menteri Luar Negeri"],
  finance: ["Finance Minister", "Menteri Keuangan"],
  trade: ["Trade Minister", "Menteri Perdagangan"],
  ambassador: ["Ambassador", "Duta Besar"],
  energy: ["Energy Minister", "Menteri Energi"],
  interior: ["Interior Minister", "Menteri Dalam Negeri"],
  economy: ["Economy Minister", "Menteri Perekonomian"],
  justice: ["Justice Minister", "Menteri Hukum"],
  health: ["Health Minister", "Menteri Kesehatan"],
  agriculture: ["Agriculture Minister", "Menteri Pertanian"],
  transport: ["Transport Minister", "Menteri Perhubungan"],
  education: ["Education Minister", "Menteri Pendidikan"],
  industry: ["Industry Minister", "Menteri Perindustrian"],
} as const;

const c = (code: string, en: string, id: string, capital: [string, string], bloc: Bloc): Country => ({
  code,
  en,
  id,
  capital,
  bloc,
});

const HEAD: readonly Country[] = [
  c("RU", "Russia", "Rusia", ["Moscow", "Moskow"], "east"),
  c("US", "the United States", "Amerika Serikat", ["Washington", "Washington"], "west"),
  c("KP", "North Korea", "Korea Utara", ["Pyongyang", "Pyongyang"], "east"),
  c("CN", "China", "Tiongkok", ["Beijing", "Beijing"], "east"),
  c("UA", "Ukraine", "Ukraina", ["Kyiv", "Kyiv"], "west"),
  c("KR", "South Korea", "Korea Selatan", ["Seoul", "Seoul"], "west"),
  c("JP", "Japan", "Jepang", ["Tokyo", "Tokyo"], "west"),
  c("IR", "Iran", "Iran", ["Tehran", "Teheran"], "east"),
  c("ID", "Indonesia", "Indonesia", ["Jakarta", "Jakarta"], "south"),
  c("GB", "Britain", "Inggris", ["London", "London"], "west"),
  c("FR", "France", "Prancis", ["Paris", "Paris"], "west"),
  c("DE", "Germany", "Jerman", ["Berlin", "Berlin"], "west"),
  c("IN", "India", "India", ["New Delhi", "New Delhi"], "south"),
  c("TR", "Turkey", "Turki", ["Ankara", "Ankara"], "south"),
  c("BY", "Belarus", "Belarus", ["Minsk", "Minsk"], "east"),
  c("SY", "Syria", "Suriah", ["Damascus", "Damaskus"], "east"),
  c("IL", "Israel", "Israel", ["Tel Aviv", "Tel Aviv"], "west"),
  c("SA", "Saudi Arabia", "Arab Saudi", ["Riyadh", "Riyadh"], "south"),
  c("AU", "Australia", "Australia", ["Canberra", "Canberra"], "west"),
  c("CA", "Canada", "Kanada", ["Ottawa", "Ottawa"], "west"),
  c("IT", "Italy", "Italia", ["Rome", "Roma"], "west"),
  c("BR", "Brazil", "Brasil", ["Brasilia", "Brasilia"], "south"),
  c("ZA", "South Africa", "Afrika Selatan", ["Pretoria", "Pretoria"], "south"),
  c("PL", "Poland", "Polandia", ["Warsaw", "Warsawa"], "west"),
  c("MM", "Myanmar", "Myanmar", ["Naypyidaw", "Naypyidaw"], "east"),
  c("VN", "Vietnam", "Vietnam", ["Hanoi", "Hanoi"], "south"),
  c("PH", "the Philippines", "Filipina", ["Manila", "Manila"], "west"),
  c("TH", "Thailand", "Thailand", ["Bangkok", "Bangkok"], "south"),
  c("MY", "Malaysia", "Malaysia", ["Kuala Lumpur", "Kuala Lumpur"], "south"),
  c("KZ", "Kazakhstan", "Kazakhstan", ["Astana", "Astana"], "south"),
  c("HU", "Hungary", "Hungaria", ["Budapest", "Budapest"], "west"),
  c("EG", "Egypt", "Mesir", ["Cairo", "Kairo"], "south"),
  c("PK", "Pakistan", "Pakistan", ["Islamabad", "Islamabad"], "south"),
  c("MX", "Mexico", "Meksiko", ["Mexico City", "Mexico City"], "south"),
  c("CU", "Cuba", "Kuba", ["Havana", "Havana"], "east"),
  c("VE", "Venezuela", "Venezuela", ["Caracas", "Caracas"], "east"),
  c("MN", "Mongolia", "Mongolia", ["Ulaanbaatar", "Ulaanbaatar"], "south"),
  c("QA", "Qatar", "Qatar", ["Doha", "Doha"], "south"),
  c("AE", "the United Arab Emirates", "Uni Emirat Arab", ["Abu Dhabi", "Abu Dhabi"], "south"),
  c("IQ", "Iraq", "Irak", ["Baghdad", "Bagdad"], "south"),
  c("AM", "Armenia", "Armenia", ["Yerevan", "Yerevan"], "south"),
  c("AZ", "Azerbaijan", "Azerbaijan", ["Baku", "Baku"], "south"),
  c("NZ", "New Zealand", "Selandia Baru", ["Wellington", "Wellington"], "west"),
  c("KH", "Cambodia", "Kamboja", ["Phnom Penh", "Phnom Penh"], "south"),
  c("LA", "Laos", "Laos", ["Vientiane", "Vientiane"], "south"),
  c("NG", "Nigeria", "Nigeria", ["Abuja", "Abuja"], "south"),
  c("KE", "Kenya", "Kenya", ["Nairobi", "Nairobi"], "south"),
  c("AR", "Argentina", "Argentina", ["Buenos Aires", "Buenos Aires"], "south"),
  c("RS", "Serbia", "Serbia", ["Belgrade", "Beograd"], "south"),
];

const l = (name: string, country: string, title: TitleKey): Person => ({ name, country, title });

/** The real leaders, most frequent first. */
export const LEADERS: readonly Person[] = [
  l("Vladimir Putin", "RU", "president"),
  l("Kim Jong Un", "KP", "leader"),
  l("Joe Biden", "US", "president"),
  l("Xi Jinping", "CN", "president"),
  l("Volodymyr Zelensky", "UA", "president"),
  l("Sergey Lavrov", "RU", "fm"),
  l("Antony Blinken", "US", "fm"),
  l("Yoon Suk Yeol", "KR", "president"),
  l("Fumio Kishida", "JP", "pm"),
  l("Wang Yi", "CN", "fm"),
  l("Dmitry Peskov", "RU", "spokes"),
  l("Choe Son Hui", "KP", "fm"),
  l("Ebrahim Raisi", "IR", "president"),
  l("Recep Tayyip Erdogan", "TR", "president"),
  l("Narendra Modi", "IN", "pm"),
  l("Joko Widodo", "ID", "president"),
  l("Olaf Scholz", "DE", "chancellor"),
  l("Emmanuel Macron", "FR", "president"),
  l("Sergei Shoigu", "RU", "dm"),
  l("Rishi Sunak", "GB", "pm"),
  l("Retno Marsudi", "ID", "fm"),
  l("Alexander Lukashenko", "BY", "president"),
  l("Maria Zakharova", "RU", "spokes"),
  l("Donald Trump", "US", "president"),
  l("Prabowo Subianto", "ID", "dm"),
  l("Dmytro Kuleba", "UA", "fm"),
  l("Lloyd Austin", "US", "dm"),
  l("Antonio Guterres", "UN", "sg"),
  l("Jens Stoltenberg", "NATO", "sg"),
  l("Hossein Amir-Abdollahian", "IR", "fm"),
  l("Kim Yo Jong", "KP", "spokes"),
  l("Park Jin", "KR", "fm"),
  l("Benjamin Netanyahu", "IL", "pm"),
  l("Mohammed bin Salman", "SA", "pm"),
  l("Giorgia Meloni", "IT", "pm"),
  l("Justin Trudeau", "CA", "pm"),
  l("Anthony Albanese", "AU", "pm"),
  l("Luiz Inacio Lula da Silva", "BR", "president"),
  l("Cyril Ramaphosa", "ZA", "president"),
  l("Yoshimasa Hayashi", "JP", "fm"),
  l("Mao Ning", "CN", "spokes"),
  l("Li Qiang", "CN", "pm"),
  l("Annalena Baerbock", "DE", "fm"),
  l("Catherine Colonna", "FR", "fm"),
  l("James Cleverly", "GB", "fm"),
  l("Subrahmanyam Jaishankar", "IN", "fm"),
  l("Hakan Fidan", "TR", "fm"),
  l("Viktor Orban", "HU", "pm"),
  l("Kassym-Jomart Tokayev", "KZ", "president"),
  l("Min Aung Hlaing", "MM", "leader"),
  l("Bashar al-Assad", "SY", "president"),
  l("Kang Sun Nam", "KP", "dm"),
  l("Dong Jun", "CN", "dm"),
  l("Shin Won-sik", "KR", "dm"),
  l("Minoru Kihara", "JP", "dm"),
  l("Rustem Umerov", "UA", "dm"),
  l("Boris Pistorius", "DE", "dm"),
  l("Penny Wong", "AU", "fm"),
  l("Melanie Joly", "CA", "fm"),
  l("Antonio Tajani", "IT", "fm"),
  l("Mauro Vieira", "BR", "fm"),
  l("Naledi Pandor", "ZA", "fm"),
  l("Faisal bin Farhan", "SA", "fm"),
  l("Masoud Pezeshkian", "IR", "president"),
  l("Abbas Araghchi", "IR", "fm"),
  l("Keir Starmer", "GB", "pm"),
  l("David Lammy", "GB", "fm"),
  l("Shigeru Ishiba", "JP", "pm"),
  l("Cho Tae-yul", "KR", "fm"),
  l("Marco Rubio", "US", "fm"),
  l("Pete Hegseth", "US", "dm"),
  l("Andrii Sybiha", "UA", "fm"),
  l("Sugiono", "ID", "fm"),
  l("Lin Jian", "CN", "spokes"),
  l("Nasser Kanaani", "IR", "spokes"),
  l("Javier Milei", "AR", "president"),
  l("Claudia Sheinbaum", "MX", "president"),
  l("Mark Rutte", "NATO", "sg"),
];

/** Organizations that speak and sanction, with their names in both languages. */
export const ORGANIZATIONS: Readonly<Record<string, [string, string]>> = {
  UN: ["the UN Security Council", "Dewan Keamanan PBB"],
  EU: ["the European Union", "Uni Eropa"],
  NATO: ["NATO", "NATO"],
};

/** Every independent country: the head above, then the tail by area. */
export const COUNTRIES: readonly Country[] = [...HEAD, ...tailCountries(HEAD)];

/** The whole cast, most frequent first: the real leaders, then the generated officials. */
export const PEOPLE: readonly Person[] = [...LEADERS, ...officials(COUNTRIES, LEADERS)];

export const countryByCode = new Map(COUNTRIES.map((x) => [x.code, x]));
export const blocOf = (code: string): Bloc | "any" => countryByCode.get(code)?.bloc ?? "any";
