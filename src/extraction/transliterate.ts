// Lives in names/ with the word form that uses it (names/tokenize); extraction imports it from here.
export * from "../names/transliterate";
