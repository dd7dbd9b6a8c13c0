/**
 * Russian Cyrillic → Latin, the way English-language news spells Russian names ("Сергей Лавров" →
 * "Sergey Lavrov", "Дмитрий Песков" → "Dmitry Peskov", "Евгений" → "Yevgeny"): BGN/PCGN letters,
 * with the news conventions for "-ий"/"-ый" at the end of a word ("-y") and "е" after a vowel or at
 * the start of a word ("ye").
 *
 * Names that Russian borrowed from other languages do not come back by letters ("Трамп" would read
 * "Tramp", "Ким Чен Ын" "Kim Chen Yn"), so their words are listed in BORROWED with the spelling
 * English uses. The tokenizer transliterates every Cyrillic word, so a Russian text matches the
 * Latin gazetteers (leaders, capitals) and the Russian pack's own words, written in Cyrillic, match
 * the text whatever the transliteration.
 */

const LETTERS: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Ukrainian and Belarusian letters that turn up in names.
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
  ў: "w",
};
const VOWELS = new Set("аеёиоуыэюяіїє");
const HUSHING = new Set("жчшщ");

/**
 * Words of foreign names as Russian writes them → their English spelling (Korean, Chinese, Western
 * and Middle-Eastern names of the people who make diplomatic news, and first names that
 * transliterate badly). Keyed by the nominative; inflected forms ("Трампа", "Байденом") are found by
 * their ending.
 */
const BORROWED: Record<string, string> = {
  // Korean
  ким: "Kim",
  чен: "Jong",
  ын: "Un",
  ир: "Il",
  сен: "Song",
  чхве: "Choe",
  чвэ: "Choe",
  хон: "Hong",
  чхоль: "Chol",
  ён: "Yong",
  рён: "Ryong",
  хэ: "Hae",
  тхэ: "Thae",
  гван: "Kwang",
  кван: "Kwang",
  сон: "Son",
  хи: "Hui",
  ё: "Yo",
  чжон: "Jong",
  пак: "Park",
  мун: "Moon",
  чжэ: "Jae",
  ин: "In",
  юн: "Yoon",
  сок: "Suk",
  ёль: "Yeol",
  хан: "Han",
  чо: "Cho",
  ро: "Ro",
  квон: "Kwon",
  ыр: "Ul",
  чу: "Ju",
  ок: "Ok",
  // Chinese (Palladius spelling → pinyin); "Ли" is Li, the Chinese name, more often than Lee.
  ли: "Li",
  чжэн: "Zheng",
  линь: "Lin",
  цзянь: "Jian",
  вэньбинь: "Wenbin",
  чжан: "Zhang",
  ханьхуэй: "Hanhui",
  шанфу: "Shangfu",
  хуа: "Hua",
  чуньин: "Chunying",
  кэцян: "Keqiang",
  вэй: "Wei",
  фэнхэ: "Fenghe",
  фу: "Fu",
  цун: "Cong",
  хуэй: "Hui",
  сюй: "Xu",
  лю: "Liu",
  чэнь: "Chen",
  ян: "Yang",
  цзечи: "Jiechi",
  пэн: "Peng",
  си: "Xi",
  цзиньпин: "Jinping",
  ван: "Wang",
  цян: "Qiang",
  ху: "Hu",
  цзиньтао: "Jintao",
  дун: "Dong",
  цзюнь: "Jun",
  чжао: "Zhao",
  лэцзи: "Leji",
  цинь: "Qin",
  ган: "Gang",
  мао: "Mao",
  нин: "Ning",
  // Western and other
  трамп: "Trump",
  байден: "Biden",
  дональд: "Donald",
  джо: "Joe",
  блинкен: "Blinken",
  энтони: "Antony",
  рубио: "Rubio",
  марко: "Marco",
  остин: "Austin",
  ллойд: "Lloyd",
  хегсет: "Hegseth",
  пит: "Pete",
  макрон: "Macron",
  эммануэль: "Emmanuel",
  шольц: "Scholz",
  олаф: "Olaf",
  мерц: "Merz",
  фридрих: "Friedrich",
  стармер: "Starmer",
  кир: "Keir",
  сунак: "Sunak",
  риши: "Rishi",
  мелони: "Meloni",
  джорджа: "Giorgia",
  гутерриш: "Guterres",
  антониу: "António",
  рютте: "Rutte",
  столтенберг: "Stoltenberg",
  йенс: "Jens",
  фон: "von",
  дер: "der",
  ляйен: "Leyen",
  урсула: "Ursula",
  каллас: "Kallas",
  кая: "Kaja",
  боррель: "Borrell",
  эрдоган: "Erdogan",
  реджеп: "Recep",
  тайип: "Tayyip",
  моди: "Modi",
  нарендра: "Narendra",
  кисида: "Kishida",
  фумио: "Fumio",
  исиба: "Ishiba",
  сигэру: "Shigeru",
  лула: "Lula",
  силва: "Silva",
  нетаньяху: "Netanyahu",
  биньямин: "Benjamin",
  аракчи: "Araghchi",
  аббас: "Abbas",
  пезешкиан: "Pezeshkian",
  масуд: "Masoud",
  хаменеи: "Khamenei",
  али: "Ali",
  раиси: "Raisi",
  прабово: "Prabowo",
  субианто: "Subianto",
  джокови: "Jokowi",
  видодо: "Widodo",
  мадуро: "Maduro",
  николас: "Nicolás",
  лукашенко: "Lukashenko",
  александр: "Alexander",
  зеленский: "Zelensky",
  владимир: "Vladimir",
  мохаммед: "Mohammed",
  бин: "bin",
  салман: "Salman",
  гросси: "Grossi",
  рафаэль: "Rafael",
  махмуд: "Mahmoud",
  камала: "Kamala",
  харрис: "Harris",
  джейк: "Jake",
  салливан: "Sullivan",
  анвар: "Anwar",
  ибрагим: "Ibrahim",
  эбрахим: "Ebrahim",
  тамим: "Tamim",
  хамад: "Hamad",
  аль: "Al",
  тани: "Thani",
  абдель: "Abdel",
  фаттах: "Fattah",
  сиси: "Sisi",
  мён: "Myung",
  вэнс: "Vance",
  уиткофф: "Witkoff",
  стив: "Steve",
  таяни: "Tajani",
  барро: "Barrot",
  жан: "Jean",
  ноэль: "Noël",
  сикорский: "Sikorski",
  радослав: "Radosław",
  виейра: "Vieira",
  сийярто: "Szijjártó",
  петер: "Péter",
  лэмми: "Lammy",
  дэвид: "David",
  анналена: "Annalena",
  бербок: "Baerbock",
  вадефуль: "Wadephul",
  хакан: "Hakan",
  джайшанкар: "Jaishankar",
  субраманьям: "Subrahmanyam",
  кац: "Katz",
  ильхам: "Ilham",
  касым: "Kassym",
  жомарт: "Jomart",
  мин: "Min",
  аун: "Aung",
  хлайн: "Hlaing",
  маркос: "Marcos",
  сирил: "Cyril",
  рамафоса: "Ramaphosa",
  шахбаз: "Shehbaz",
  орбан: "Orbán",
  виктор: "Viktor",
  фицо: "Fico",
  роберт: "Robert",
  // More office holders of the gazetteer whose Russian spelling does not come back by letters.
  прайс: "Price",
  нед: "Ned",
  джонсон: "Johnson",
  борис: "Boris",
  моравецкий: "Morawiecki",
  матеуш: "Mateusz",
  кирби: "Kirby",
  келлог: "Kellogg",
  трасс: "Truss",
  лиз: "Liz",
  кэмерон: "Cameron",
  херцог: "Herzog",
  галант: "Gallant",
  санчес: "Sánchez",
  педро: "Pedro",
  милей: "Milei",
  хавьер: "Javier",
  камикава: "Kamikawa",
  ёко: "Yoko",
  штайнмайер: "Steinmeier",
  кросетто: "Crosetto",
  хасина: "Hasina",
  шейх: "Sheikh",
  цай: "Tsai",
  инвэнь: "Ing-wen",
  кайс: "Kais",
  саид: "Saied",
  токаев: "Tokayev",
  алиев: "Aliyev",
  байрамов: "Bayramov",
  хафтар: "Haftar",
  халифа: "Khalifa",
  насралла: "Nasrallah",
  беннет: "Bennett",
  нафтали: "Naftali",
  нуланд: "Nuland",
  виктория: "Victoria",
  бернс: "Burns",
  уильям: "William",
};

/** Case endings tried, longest first, when a borrowed name is inflected ("Трампа", "Байденом"). */
const NAME_ENDINGS = ["ом", "ем", "ой", "ей", "ым", "им", "а", "я", "у", "ю", "е", "ы", "и"];
/** A short borrowed name ("Ын", "Хан") takes only the endings of a masculine noun: "Ханой" is Hanoi, not Han. */
const SHORT_NAME_ENDINGS = ["ом", "ым", "а", "у", "е"];

const CYRILLIC = /[\u0400-\u04ff]/;

/** True when the string holds a Cyrillic letter. */
export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/** One lower-case Cyrillic word in lower-case Latin letters ("лаврова" → "lavrova", "трампа" → "trump"). */
export function transliterateWord(lower: string): string {
  const borrowed = BORROWED[lower];
  if (borrowed) return borrowed.toLowerCase();
  for (const ending of NAME_ENDINGS) {
    const base = lower.slice(0, -ending.length);
    const fits =
      lower.length > ending.length + 1 &&
      lower.endsWith(ending) &&
      (base.length > 3 || SHORT_NAME_ENDINGS.includes(ending));
    // A name ending in -а/-я declines that vowel away: "Кисиды", "Кисиде", "Кисидой" are Кисида.
    const stem = fits
      ? (BORROWED[base] ?? (ending.length <= 2 ? (BORROWED[`${base}а`] ?? BORROWED[`${base}я`]) : undefined))
      : undefined;
    // A foreign name keeps no Russian case ending: "Трампа", "Ыном" are "trump", "un".
    if (stem) return stem.toLowerCase();
  }
  return byLetters(lower, false);
}

function byLetters(word: string, afterConsonant: boolean): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const prev = i > 0 ? word[i - 1] : "";
    const atStart = i === 0 && !afterConsonant;
    const afterVowel = VOWELS.has(prev) || prev === "ъ" || prev === "ь";
    if (ch === "е") out += atStart || afterVowel ? "ye" : "e";
    else if (ch === "ё") out += HUSHING.has(prev) ? "e" : atStart || afterVowel ? "yo" : "yo";
    else if ((ch === "и" || ch === "ы") && word[i + 1] === "й" && i + 2 === word.length && i > 0 && !VOWELS.has(prev)) {
      // "Дмитрий" → "Dmitry", "Зеленский" → "Zelensky", "Белый" → "Bely".
      out += "y";
      i++;
    } else out += LETTERS[ch] ?? ch;
  }
  return out;
}

/**
 * A name as English writes it: each Cyrillic word transliterated and capitalised
 * ("Сергей Лавров" → "Sergey Lavrov", "Ким Чен Ын" → "Kim Jong Un"); Latin text is returned as is.
 */
export function transliterateName(name: string): string {
  if (!hasCyrillic(name)) return name;
  return name.replace(/[\u0400-\u04ff]+/g, (word) => {
    const latin = BORROWED[word.toLowerCase()] ?? transliterateWord(word.toLowerCase());
    const upper = word[0] !== word[0].toLowerCase();
    return upper ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
  });
}
