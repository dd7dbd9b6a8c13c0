/**
 * Names that are the same in every language we read: organisation acronyms and news agencies.
 * Language packs add their own spellings (PBB, Uni Eropa, ONU …).
 */

/** Organisation id → acronyms and names used across languages. Organisations are not countries. */
export const ORGANIZATIONS: Readonly<Record<string, string[]>> = {
  UN: ["UN", "U.N.", "UNSC", "United Nations"],
  EU: ["EU", "European Union"],
  NATO: ["NATO", "Nato", "OTAN"],
  G7: ["G7", "G-7"],
  G20: ["G20", "G-20"],
  ASEAN: ["ASEAN"],
  BRICS: ["BRICS"],
  IAEA: ["IAEA"],
  SCO: ["SCO"],
  OPEC: ["OPEC"],
  WAGNER: ["Wagner", "Wagner Group"],
  ECOWAS: [
    "ECOWAS",
    "CEDEAO",
    "Economic Community of West African States",
    "Komunitas Ekonomi Negara-Negara Afrika Barat",
    "Communauté économique des États de l'Afrique de l'Ouest",
  ],
  // Regional and international bodies that meet, speak, sanction and rule in the news.
  "Arab League": [
    "Arab League",
    "League of Arab States",
    "Liga Arab",
    "Arabische Liga",
    "Liga Árabe",
    "Ligue arabe",
    "Lega Araba",
    "Liga Arabska",
    "Лига арабских государств",
    "ЛАГ",
  ],
  GCC: [
    "GCC",
    "Gulf Cooperation Council",
    "Dewan Kerja Sama Teluk",
    "Golf-Kooperationsrat",
    "Consejo de Cooperación del Golfo",
  ],
  OAS: ["OAS", "Organization of American States", "OEA", "Organización de los Estados Americanos"],
  OIC: [
    "OIC",
    "Organisation of Islamic Cooperation",
    "Organization of Islamic Cooperation",
    "OKI",
    "Organisasi Kerja Sama Islam",
  ],
  CSTO: ["CSTO", "Collective Security Treaty Organization", "ОДКБ", "OVKS", "OTSC"],
  OSCE: ["OSCE", "OSZE", "OBWE", "ОБСЕ", "Organization for Security and Co-operation in Europe"],
  SADC: ["SADC", "Southern African Development Community"],
  IGAD: ["IGAD"],
  Mercosur: ["Mercosur", "Mercosul"],
  APEC: ["APEC"],
  AUKUS: ["AUKUS"],
  IMF: ["IMF", "International Monetary Fund", "Dana Moneter Internasional", "IWF", "МВФ"],
  "World Bank": [
    "World Bank",
    "Bank Dunia",
    "Weltbank",
    "Banco Mundial",
    "Banque mondiale",
    "Banca Mondiale",
    "Bank Światowy",
    "Всемирный банк",
  ],
  WTO: ["WTO", "World Trade Organization", "Organisasi Perdagangan Dunia", "ВТО"],
  ICC: [
    "ICC",
    "International Criminal Court",
    "Mahkamah Pidana Internasional",
    "Internationaler Strafgerichtshof",
    "Corte Penal Internacional",
    "Cour pénale internationale",
    "Corte penale internazionale",
    "Tribunal Penal Internacional",
    "Międzynarodowy Trybunał Karny",
    "Международный уголовный суд",
  ],
  ICJ: [
    "ICJ",
    "International Court of Justice",
    "Mahkamah Internasional",
    "Internationaler Gerichtshof",
    "Corte Internacional de Justicia",
    "Cour internationale de justice",
    "Corte internazionale di giustizia",
    "Tribunal Internacional de Justiça",
    "Międzynarodowy Trybunał Sprawiedliwości",
    "Международный суд ООН",
  ],
  UNRWA: ["UNRWA"],
  "African Union": [
    "African Union",
    "Uni Afrika",
    "Afrikanische Union",
    "Unión Africana",
    "Union africaine",
    "Unione africana",
  ],
  E3: ["E3"],
  // Armed groups and movements speak for themselves ("Hamas said", "les Houthis ont affirmé"): as
  // organisations they are neither persons nor the states they fight in.
  Hamas: ["Hamas", "Hamás", "ХАМАС", "Хамас"],
  Hezbollah: ["Hezbollah", "Hizbullah", "Hizbollah", "Hisbollah", "Hezbolá", "Hizballah", "Хезболла", "Хизбалла"],
  Houthis: ["Houthi", "Houthis", "Huthi", "Huthis", "Hutíes", "Houthistes", "Huti", "Хуситы", "хуситы"],
  Taliban: ["Taliban", "Talibans", "Talibán", "Талибан", "талибы"],
  M23: ["M23", "M-23"],
  "Islamic State": [
    "Islamic State",
    "ISIS",
    "ISIL",
    "Negara Islam",
    "Islamischer Staat",
    "Estado Islámico",
    "État islamique",
    "Stato Islamico",
  ],
  "Boko Haram": ["Boko Haram"],
  "Al-Shabaab": ["Al-Shabaab", "al-Shabaab", "Al Shabaab", "al-Shabab", "Al-Shabab"],
  "Rapid Support Forces": ["Rapid Support Forces", "RSF", "Forces de soutien rapide", "Pasukan Dukungan Cepat"],
  PKK: ["PKK"],
  // Think tanks, monitors and rights groups speak under their own name ("ISW said", "according to SIPRI").
  "Institute for the Study of War": [
    "Institute for the Study of War",
    "ISW",
    "Instytut Studiów nad Wojną",
    "Institut für Kriegsstudien",
    "Instituto para el Estudio de la Guerra",
    "Institut pour l'étude de la guerre",
    "Istituto per lo studio della guerra",
    "Институт изучения войны",
  ],
  CSIS: ["CSIS", "Center for Strategic and International Studies"],
  IISS: ["IISS", "International Institute for Strategic Studies"],
  SIPRI: ["SIPRI", "Stockholm International Peace Research Institute"],
  RUSI: ["RUSI", "Royal United Services Institute"],
  "Chatham House": ["Chatham House"],
  "RAND Corporation": ["RAND Corporation", "RAND"],
  "Brookings Institution": ["Brookings Institution", "Brookings"],
  "Atlantic Council": ["Atlantic Council"],
  "Council on Foreign Relations": ["Council on Foreign Relations"],
  "International Crisis Group": ["International Crisis Group", "Crisis Group"],
  "38 North": ["38 North"],
  "Human Rights Watch": ["Human Rights Watch"],
  "Amnesty International": ["Amnesty International"],
};

/** Groups of states that speak together: what the group says, each member says ("the E3 said" = Britain, France and Germany). */
/**
 * Movements that govern a territory stand for its state as a party to an agreement or an end of a
 * transfer (an Israel–Hamas truce is between IL and PS), while they speak under their own name.
 */
export const GOVERNING_MOVEMENTS: Readonly<Record<string, string>> = { Hamas: "PS" };

export const STATE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  E3: ["GB", "FR", "DE"],
};

/**
 * Sanctions offices named alike in every language, standing for their state: the Treasury's OFAC
 * designates for the US, OFSI for Britain. The language packs list the institutions named in words.
 */
export const STATE_INSTITUTIONS: Readonly<Record<string, string[]>> = {
  US: ["OFAC", "Office of Foreign Assets Control"],
  GB: ["OFSI", "Office of Financial Sanctions Implementation", "FCDO"],
};

export interface NewsAgency {
  name: string;
  /** The state the agency belongs to; null for wire services and independent outlets. */
  country: string | null;
  /** The agency is its government's voice (KCNA, TASS, Xinhua): what it reports, that state says. Others only report. */
  voice?: boolean;
  /**
   * A paper or outlet that breaks stories from its own sources (documents it obtained, officials it
   * spoke to): what it reports with no one else speaking in the sentence is its own claim ("the
   * Financial Times wrote that …", "according to The New York Times, …"). Wire services never speak.
   */
  publication?: boolean;
  names: string[];
}

/**
 * State news agencies that are their government's voice can be speakers ("KCNA reported that …" is
 * Pyongyang speaking); papers that break their own stories (`publication`) speak for what they alone
 * report; other national agencies (Yonhap, Kyodo) and wire services are only sources ("dilansir
 * Reuters", "Yonhap reported") and never speakers or persons.
 */
export const NEWS_AGENCIES: readonly NewsAgency[] = [
  { name: "TASS", country: "RU", names: ["TASS", "Tass", "ITAR-TASS"], voice: true },
  { name: "RIA Novosti", country: "RU", names: ["RIA Novosti", "RIA", "RIA-Novosti"], voice: true },
  { name: "Interfax", country: "RU", names: ["Interfax"] },
  { name: "Sputnik", country: "RU", names: ["Sputnik"], voice: true },
  {
    name: "KCNA",
    country: "KP",
    names: ["KCNA", "Korean Central News Agency", "Kantor Berita Pusat Korea", "Rodong Sinmun"],
    voice: true,
  },
  { name: "Yonhap", country: "KR", names: ["Yonhap"] },
  { name: "Xinhua", country: "CN", names: ["Xinhua"], voice: true },
  { name: "IRNA", country: "IR", names: ["IRNA"], voice: true },
  { name: "Anadolu", country: "TR", names: ["Anadolu", "Anadolu Agency"] },
  { name: "Kyodo", country: "JP", names: ["Kyodo"] },
  { name: "Antara", country: "ID", names: ["Antara", "ANTARA"] },
  { name: "Ukrinform", country: "UA", names: ["Ukrinform"] },
  { name: "AFP", country: null, names: ["AFP", "Agence France-Presse"] },
  { name: "Reuters", country: null, names: ["Reuters"] },
  { name: "AP", country: null, names: ["AP", "Associated Press"] },
  { name: "BBC", country: null, names: ["BBC"] },
  { name: "CNN", country: null, names: ["CNN"] },
  { name: "Al Jazeera", country: null, names: ["Al Jazeera", "Al-Jazeera", "Aljazeera"] },
  { name: "Bloomberg", country: null, names: ["Bloomberg"], publication: true },
  { name: "Financial Times", country: null, names: ["Financial Times", "FT"], publication: true },
  { name: "The New York Times", country: null, names: ["New York Times", "NYT"], publication: true },
  { name: "The Wall Street Journal", country: null, names: ["Wall Street Journal", "WSJ"], publication: true },
  { name: "The Washington Post", country: null, names: ["Washington Post"], publication: true },
  { name: "The Guardian", country: null, names: ["The Guardian"], publication: true },
  { name: "Nikkei", country: null, names: ["Nikkei", "Nikkei Asia"], publication: true },
  { name: "Politico", country: null, names: ["Politico", "POLITICO"], publication: true },
  { name: "Axios", country: null, names: ["Axios"], publication: true },
  { name: "EFE", country: null, names: ["EFE"] },
  { name: "dpa", country: null, names: ["dpa", "DPA"] },
  { name: "APA", country: null, names: ["APA"] },
  { name: "EPA", country: null, names: ["EPA"] },
  { name: "NK News", country: null, names: ["NK News"] },
];

/**
 * States that impose sanctions far more often than they are targeted by them. "sanksi AS" means
 * US sanctions, "sanksi Korea Utara" sanctions on North Korea: the word order is the same, so the
 * reading comes from who usually sanctions whom.
 */
export const FREQUENT_SANCTIONERS: ReadonlySet<string> = new Set([
  "US",
  "GB",
  "CA",
  "AU",
  "JP",
  "CH",
  "NZ",
  "UN",
  "EU",
]);
