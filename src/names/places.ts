import countries from "world-countries";

/**
 * Cities and sites, spelled as the languages we read spell them. A capital also stands for its
 * state ("Teheran menolak…" is Iran speaking), so capitals count as country mentions; other
 * places only locate meetings.
 */
export interface Place {
  /** English name. */
  city: string;
  country: string;
  capital: boolean;
  names: string[];
}

const capital = (city: string, country: string, ...names: string[]): Place => ({
  city,
  country,
  capital: true,
  names: [city, ...names],
});
const place = (city: string, country: string, ...names: string[]): Place => ({
  city,
  country,
  capital: false,
  names: [city, ...names],
});

export const PLACES: readonly Place[] = [
  capital(
    "Moscow",
    "RU",
    "Moskow",
    "Moskva",
    "Moskau",
    "Moscú",
    "Moscou",
    "Mosca",
    "Moskou",
    "Moskwa",
    "Moscovo",
    "Москва",
  ),
  capital(
    "Pyongyang",
    "KP",
    "Pjöngjang",
    "Piongyang",
    "Pyeongyang",
    "Pyong Yang",
    "Pjongjang",
    "Pionguiangue",
    "Пхеньян",
  ),
  capital("Seoul", "KR", "Seúl", "Séoul", "Seul", "Сеул"),
  capital("Kyiv", "UA", "Kiev", "Kiew", "Kyjiw", "Kiiv", "Kijów", "Quieve", "Киев", "Київ"),
  capital("Beijing", "CN", "Peking", "Pekín", "Pékin", "Pechino", "Pequim", "Pekin", "Пекин"),
  capital("Tokyo", "JP", "Tokio", "Tóquio", "Токио"),
  capital("Washington", "US", "Washington DC", "Washington D.C.", "Waszyngton", "Вашингтон"),
  capital("London", "GB", "Londres", "Londra", "Londen", "Londyn", "Лондон"),
  capital("Paris", "FR", "París", "Parigi", "Parijs", "Paryż", "Париж"),
  capital("Berlin", "DE", "Berlín", "Berlino", "Berlim", "Берлин"),
  capital("Tehran", "IR", "Teheran", "Teherán", "Téhéran", "Teerã", "Teerão", "Тегеран"),
  capital("Ankara", "TR", "Анкара"),
  capital(
    "New Delhi",
    "IN",
    "Neu-Delhi",
    "Nueva Delhi",
    "New Dehli",
    "Nuova Delhi",
    "Nova Deli",
    "Nova Délhi",
    "Nowe Delhi",
    "Нью-Дели",
  ),
  capital("Jakarta", "ID", "Yakarta", "Djakarta", "Giacarta", "Jacarta", "Dżakarta", "Джакарта"),
  capital("Canberra", "AU"),
  capital("Ottawa", "CA"),
  capital("Brasilia", "BR", "Brasília"),
  capital("Mexico City", "MX", "Ciudad de México", "Mexiko-Stadt"),
  capital("Buenos Aires", "AR"),
  capital("Riyadh", "SA", "Riad", "Riyad", "Riyadh", "Riade", "Rijad", "Эр-Рияд"),
  capital("Pretoria", "ZA"),
  capital("Rome", "IT", "Roma", "Rom", "Rzym", "Рим"),
  capital("Minsk", "BY", "Mińsk", "Минск"),
  capital("Warsaw", "PL", "Warschau", "Varsovia", "Warsawa", "Varsovie", "Warszawa", "Varsavia", "Varsóvia", "Варшава"),
  capital("Damascus", "SY", "Damaskus", "Damasco", "Damas", "Damaszek", "Дамаск"),
  capital("Cairo", "EG", "Kairo", "El Cairo", "Kairo", "Le Caire", "Il Cairo", "Kair", "Каир"),
  capital("Hanoi", "VN", "Hanoï", "Hanói", "Ханой"),
  capital("Bangkok", "TH"),
  capital("Manila", "PH"),
  capital("Islamabad", "PK", "Исламабад"),
  capital("Astana", "KZ", "Астана"),
  capital("Budapest", "HU", "Budapeszt", "Будапешт"),
  capital("Madrid", "ES", "Madryt", "Мадрид"),
  capital("Doha", "QA", "Доха"),
  capital("Abu Dhabi", "AE", "Abou Dhabi", "Abu Zabi", "Абу-Даби"),
  capital("Kuala Lumpur", "MY"),
  capital("Kabul", "AF"),
  capital("Baghdad", "IQ", "Bagdad", "Bagdá", "Bagdade", "Багдад"),
  capital("Beirut", "LB", "Beirut", "Beyrouth", "Beirute", "Bejrut", "Бейрут"),
  capital("Yerevan", "AM", "Eriwan", "Ereván", "Erevan", "Erywań", "Ереван"),
  capital("Baku", "AZ", "Баку"),
  capital("Tbilisi", "GE", "Tiflis", "Тбилиси"),
  capital("Ulaanbaatar", "MN", "Ulan Bator", "Oułan Bator", "Ułan Bator", "Улан-Батор"),
  capital("Havana", "CU", "Havanna", "La Habana", "La Havane", "L'Avana", "Hawana", "Гавана"),
  capital("Caracas", "VE", "Каракас"),
  capital("Tel Aviv", "IL", "Tel Awiw", "Тель-Авив"),
  place("Vladivostok", "RU", "Wladiwostok", "Vladivostock", "Władywostok", "Владивосток"),
  place(
    "Vostochny",
    "RU",
    "Wostotschny",
    "Vostochny Cosmodrome",
    "Cosmodrome Vostochny",
    "космодром Восточный",
    "kosmodrom Wostocznyj",
  ),
  place(
    "St Petersburg",
    "RU",
    "St. Petersburg",
    "Saint Petersburg",
    "Sankt Petersburg",
    "San Petersburgo",
    "Sankt-Peterburg",
    "Saint-Pétersbourg",
    "San Pietroburgo",
    "São Petersburgo",
    "Petersburg",
    "Санкт-Петербург",
    "Петербург",
  ),
  place("Sochi", "RU", "Sotschi", "Soçi", "Sotchi", "Soczi", "Сочи"),
  place("Kazan", "RU", "Kasan", "Kazań", "Казань"),
  place("Khabarovsk", "RU", "Chabarowsk", "Jabárovsk", "Хабаровск"),
  place("Komsomolsk-on-Amur", "RU", "Komsomolsk", "Комсомольск-на-Амуре"),
  place("Novosibirsk", "RU", "Nowosibirsk", "Nowosybirsk", "Новосибирск"),
  place("Wonsan", "KP", "Вонсан"),
  place("Panmunjom", "KP"),
  place("Busan", "KR", "Pusan", "Пусан"),
  place("Shanghai", "CN", "Schanghai", "Szanghaj", "Xangai", "Шанхай"),
  place("New York", "US", "Nueva York", "Nowy Jork", "Nova Iorque", "Nova York", "Нью-Йорк"),
  place("Camp David", "US"),
  place("Hiroshima", "JP"),
  place("Osaka", "JP"),
  place("Bali", "ID"),
  place("Kharkiv", "UA", "Charkiw", "Járkov", "Kharkov", "Charków", "Харьков"),
  place("Odesa", "UA", "Odessa", "Одесса"),
  place("Lviv", "UA", "Lwiw", "Leópolis", "Lwów", "Львов"),
  place("Geneva", "CH", "Genf", "Ginebra", "Genève", "Jenewa", "Ginevra", "Genebra", "Genewa", "Женева"),
  place("Davos", "CH"),
  // A territory, not a city: it names its country (PS) for the article without acting for it.
  place("Gaza", "PS", "Газа"),
  place("Istanbul", "TR", "Estambul", "Istambul", "Stambuł", "Стамбул"),
  place("Dubai", "AE", "Dubaj", "Дубай"),
  place("Jeddah", "SA", "Dschidda", "Yeda", "Djeddah", "Gedda", "Dżudda", "Джидда"),
  // Cities where summits and talks are held away from the capitals.
  place("Rio de Janeiro", "BR", "Рио-де-Жанейро"),
  place("São Paulo", "BR", "Sao Paulo", "San Pablo", "Сан-Паулу"),
  place("Putrajaya", "MY"),
  place("Munich", "DE", "München", "Múnich", "Monaco di Baviera", "Monachium", "Мюнхен"),
  place("Sharm el-Sheikh", "EG", "Sharm El Sheikh", "Scharm el-Scheich", "Charm el-Cheikh", "Шарм-эш-Шейх"),
  place("Anchorage", "US", "Анкоридж"),
  place("Ho Chi Minh City", "VN", "Kota Ho Chi Minh", "Хошимин"),
  place("Johannesburg", "ZA", "Johannesburgo", "Йоханнесбург"),
  place("Hangzhou", "CN", "Ханчжоу"),
  place("Tianjin", "CN", "Тяньцзинь"),
  place("Xi'an", "CN", "Сиань"),
  place("Samarkand", "UZ", "Samarcanda", "Samarkanda", "Самарканд"),
  place("Antalya", "TR", "Анталья"),
  place("Mumbai", "IN", "Bombay", "Мумбаи"),
  place("Strasbourg", "FR", "Straßburg", "Estrasburgo", "Strasburgo", "Strasburg", "Страсбург"),
];

/**
 * Cities that are first the seat of an organisation: "talks in Brussels" are the EU's, so the city
 * locates a meeting but does not make Belgium one of the article's countries (the gold agrees), and
 * "Brussels added 74 vessels to its blacklist" is the EU acting.
 */
export const ORGANIZATION_SEATS: ReadonlyMap<string, string> = new Map([["Brussels", "EU"]]);

/**
 * Capitals that are mostly something else in the news: a given name, another city, a word
 * ("Malé" reads as "Male"), a city several states claim.
 */
const NOT_CAPITALS = new Set([
  "Victoria",
  "Kingston",
  "Georgetown",
  "Malé",
  "Moroni",
  "Praia",
  "Sofia",
  "Sucre",
  "Nassau",
  "Tripoli",
  "Jerusalem",
  "Santiago",
]);

/**
 * How the languages we read spell the other capitals, where they differ from world-countries' English
 * ("se rendra à Alger", "tiba di Wina", "w Wiedniu" is read through the Polish stems).
 */
const CAPITAL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Algiers: ["Alger", "Aljir", "Argel", "Algeri", "Algier"],
  Vienna: ["Wina", "Wien", "Viena", "Vienne", "Wiedeń"],
  Athens: ["Athen", "Atenas", "Athènes", "Atene", "Ateny"],
  Lisbon: ["Lisabon", "Lissabon", "Lisboa", "Lisbonne", "Lisbona", "Lizbona"],
  Copenhagen: ["Kopenhagen", "Copenhague", "Copenaghen", "Copenhaga", "Kopenhaga"],
  Prague: ["Praha", "Prag", "Praga"],
  Bucharest: ["Bukares", "Bukarest", "Bucarest", "Bucareste", "Bukareszt"],
  Belgrade: ["Beograd", "Belgrad", "Belgrado"],
  Stockholm: ["Estocolmo", "Sztokholm", "Stoccolma"],
  Bern: ["Berne", "Berna"],
  "Addis Ababa": ["Addis Abeba"],
  Khartoum: ["Khartum", "Jartum", "Cartum", "Chartum"],
  Tunis: ["Túnez", "Tunisi", "Túnis"],
  Amman: ["Ammán"],
  Muscat: ["Maskat", "Mascate", "Mascat"],
  Dhaka: ["Dacca", "Daca"],
  Kathmandu: ["Katmandu", "Katmandou"],
  "Phnom Penh": ["Nom Pen"],
  Bogotá: ["Bogota"],
  Asunción: ["Asuncion"],
  Tashkent: ["Taschkent", "Taskent", "Tachkent", "Taszkent"],
  Dushanbe: ["Duschanbe", "Duszanbe", "Douchanbé"],
  Ashgabat: ["Aschgabat", "Asjabad", "Achgabat", "Aszchabad"],
  Chișinău: ["Chisinau", "Kischinau", "Kiszyniów"],
  Vilnius: ["Wilno"],
  Bratislava: ["Bratysława"],
  Ljubljana: ["Lublana"],
  Sarajevo: ["Sarajewo"],
  Nicosia: ["Nikosia", "Nicosie", "Nikozja"],
  Dublin: ["Dublino", "Dublim"],
  Helsinki: ["Helsinque"],
  Brussels: ["Brussel", "Brüssel", "Bruselas", "Bruxelles", "Bruxelas", "Bruksela"],
};

/**
 * The capitals of the other independent countries, from world-countries ("talks in Accra"). They
 * only locate meetings: unlike the capitals above they do not stand for their state.
 */
const listed = new Set(PLACES.filter((p) => p.capital).map((p) => p.country));
const listedCities = new Set(PLACES.map((p) => p.city));
export const OTHER_CAPITALS: readonly Place[] = countries
  .filter((country) => country.independent && !listed.has(country.cca2))
  .flatMap((country) =>
    country.capital
      .filter((city) => !NOT_CAPITALS.has(city) && !listedCities.has(city) && city !== country.name.common)
      .map((city) => place(city, country.cca2, ...(CAPITAL_SPELLINGS[city] ?? []))),
  );
