/**
 * Page furniture common to every language: photo and agency credits in brackets, and the
 * "(Foto: …)"/"Photo:" captions of agency pictures. Language packs add their own lines
 * ("Baca juga: …", "Read more: …").
 */
const AGENCIES =
  "AFP|AP|Reuters|Antara|ANTARA|Yonhap|EPA|Xinhua|dpa|APA|EFE|Sputnik|TASS|Bernama|Kyodo|Getty Images|POOL|KCNA|KNS|Anadolu";

/** Credits inside a line: "(AFP)", "(APA/AFP/POOL/…)", "(Yonhap)". */
export const CREDIT_SPANS: readonly RegExp[] = [
  new RegExp(`\\((?:[^()\\n]{0,40}/)?(?:${AGENCIES})(?:/[^()\\n]{0,60})?\\)`, "gi"),
];

/** Whole lines that are credits or timestamps in any language. */
export const CREDIT_LINES: readonly RegExp[] = [
  /^\(?(?:foto|photo|bild|fotografía|image)\s*:.*$/i,
  /^\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC|KST))?$/i,
];
