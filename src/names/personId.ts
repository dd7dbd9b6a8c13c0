/**
 * A person's node id from a name: "Kim Jong-un" → "kim-jong-un"; accents folded, so spelling by
 * case or accent is one person. Ingestion keys persons on it and the API looks them up by it.
 */
export function personId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
