// Extraction's word form lives in names/ (names/nameKey compares names in it, and names sits below
// extraction); extraction's files keep importing it from here.
export * from "../names/tokenize";
