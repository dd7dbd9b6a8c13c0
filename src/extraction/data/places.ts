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

const capital = (city: string, country: string, ...names: string[]): Place => ({ city, country, capital: true, names: [city, ...names] });
const place = (city: string, country: string, ...names: string[]): Place => ({ city, country, capital: false, names: [city, ...names] });

export const PLACES: readonly Place[] = [
  capital("Moscow", "RU", "Moskow", "Moskva", "Moskau", "Moscú", "Moscou", "Mosca", "Moskou", "Moskwa"),
  capital("Pyongyang", "KP", "Pjöngjang", "Piongyang", "Pyeongyang", "Pyong Yang"),
  capital("Seoul", "KR", "Seúl", "Séoul"),
  capital("Kyiv", "UA", "Kiev", "Kiew", "Kyjiw", "Kiiv", "Kijów"),
  capital("Beijing", "CN", "Peking", "Pekín", "Pékin", "Pechino"),
  capital("Tokyo", "JP", "Tokio"),
  capital("Washington", "US", "Washington DC", "Washington D.C."),
  capital("London", "GB", "Londres", "Londra", "Londen"),
  capital("Paris", "FR", "París", "Parigi", "Parijs"),
  capital("Berlin", "DE", "Berlín", "Berlino"),
  capital("Tehran", "IR", "Teheran", "Teherán", "Téhéran"),
  capital("Ankara", "TR"),
  capital("New Delhi", "IN", "Neu-Delhi", "Nueva Delhi", "New Dehli"),
  capital("Jakarta", "ID", "Yakarta", "Djakarta"),
  capital("Canberra", "AU"),
  capital("Ottawa", "CA"),
  capital("Brasilia", "BR", "Brasília"),
  capital("Mexico City", "MX", "Ciudad de México", "Mexiko-Stadt"),
  capital("Buenos Aires", "AR"),
  capital("Riyadh", "SA", "Riad", "Riyad", "Riyadh"),
  capital("Pretoria", "ZA"),
  capital("Rome", "IT", "Roma", "Rom"),
  capital("Minsk", "BY"),
  capital("Warsaw", "PL", "Warschau", "Varsovia", "Warsawa", "Varsovie"),
  capital("Damascus", "SY", "Damaskus", "Damasco", "Damas"),
  capital("Cairo", "EG", "Kairo", "El Cairo", "Kairo"),
  capital("Hanoi", "VN"),
  capital("Bangkok", "TH"),
  capital("Manila", "PH"),
  capital("Islamabad", "PK"),
  capital("Astana", "KZ"),
  capital("Budapest", "HU"),
  capital("Madrid", "ES"),
  capital("Doha", "QA"),
  capital("Abu Dhabi", "AE"),
  capital("Kuala Lumpur", "MY"),
  capital("Kabul", "AF"),
  capital("Baghdad", "IQ", "Bagdad"),
  capital("Beirut", "LB", "Beirut", "Beyrouth"),
  capital("Yerevan", "AM", "Eriwan", "Ereván"),
  capital("Baku", "AZ"),
  capital("Tbilisi", "GE", "Tiflis"),
  capital("Ulaanbaatar", "MN", "Ulan Bator"),
  capital("Havana", "CU", "Havanna", "La Habana"),
  capital("Caracas", "VE"),
  capital("Tel Aviv", "IL"),
  place("Vladivostok", "RU", "Wladiwostok", "Vladivostock"),
  place("Vostochny", "RU", "Wostotschny", "Vostochny Cosmodrome", "Cosmodrome Vostochny"),
  place("St Petersburg", "RU", "St. Petersburg", "Saint Petersburg", "Sankt Petersburg", "San Petersburgo", "Sankt-Peterburg"),
  place("Sochi", "RU", "Sotschi", "Soçi"),
  place("Kazan", "RU", "Kasan"),
  place("Khabarovsk", "RU", "Chabarowsk", "Jabárovsk"),
  place("Komsomolsk-on-Amur", "RU", "Komsomolsk"),
  place("Novosibirsk", "RU", "Nowosibirsk"),
  place("Wonsan", "KP"),
  place("Panmunjom", "KP"),
  place("Busan", "KR", "Pusan"),
  place("Shanghai", "CN", "Schanghai"),
  place("New York", "US", "Nueva York"),
  place("Camp David", "US"),
  place("Hiroshima", "JP"),
  place("Osaka", "JP"),
  place("Bali", "ID"),
  place("Kharkiv", "UA", "Charkiw", "Járkov", "Kharkov"),
  place("Odesa", "UA", "Odessa"),
  place("Lviv", "UA", "Lwiw", "Leópolis"),
  place("Geneva", "CH", "Genf", "Ginebra", "Genève", "Jenewa"),
  place("Davos", "CH"),
  place("Istanbul", "TR", "Estambul"),
  place("Dubai", "AE"),
  place("Jeddah", "SA", "Dschidda", "Yeda"),
];

/**
 * Capitals that are mostly something else in the news: a given name, another city, a word
 * ("Malé" reads as "Male"), a city several states claim.
 */
const NOT_CAPITALS = new Set(["Victoria", "Kingston", "Georgetown", "Malé", "Moroni", "Praia", "Sofia", "Sucre", "Nassau", "Tripoli", "Jerusalem", "Santiago"]);

/**
 * The capitals of the other independent countries, from world-countries ("talks in Accra"). They
 * only locate meetings: unlike the capitals above they do not stand for their state.
 */
const listed = new Set(PLACES.filter((p) => p.capital).map((p) => p.country));
export const OTHER_CAPITALS: readonly Place[] = countries
  .filter((country) => country.independent && !listed.has(country.cca2))
  .flatMap((country) => country.capital.filter((city) => !NOT_CAPITALS.has(city) && city !== country.name.common).map((city) => place(city, country.cca2)));
