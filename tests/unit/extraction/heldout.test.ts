import fs from "node:fs";
import path from "node:path";
import { extract } from "../../../src/extraction/extract";
import type { ArticleText, ExtractedFacts } from "../../../src/extraction/facts";

/**
 * The self-written held-out set (tests/fixtures/heldout/*.jsonl): real 2022–2025 events in our own
 * words, gold written before the extractor saw them. `npm run eval` scores all of it with the
 * shared scorer; these tests pin key facts of a few articles and the recall of countries and persons.
 */
const DIR = path.resolve(__dirname, "../../fixtures/heldout");

interface Gold {
  countries: string[];
  persons: Array<{ name: string; country: string | null }>;
}
type HeldOut = ArticleText & { id: string; gold: Gold };

const articles: HeldOut[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) =>
    fs
      .readFileSync(path.join(DIR, f), "utf8")
      .split("\n")
      .filter((l) => l.trim()),
  )
  .map((l) => JSON.parse(l) as HeldOut);

const facts = new Map<string, ExtractedFacts>(articles.map((a) => [a.id, extract(a)]));
const of = (id: string): ExtractedFacts => {
  const f = facts.get(id);
  if (!f) throw new Error(`no held-out article ${id}`);
  return f;
};
/** Names compared as the scorer does: accents, hyphens and word order aside. */
const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-'.]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");

describe("held-out articles (self-written)", () => {
  it("has at least 44 articles in the nine languages, each with gold", () => {
    expect(articles.length).toBeGreaterThanOrEqual(44);
    expect(new Set(articles.map((a) => a.language))).toEqual(
      new Set(["id", "en", "de", "es", "fr", "it", "pt", "pl", "ru"]),
    );
    for (const a of articles) expect(a.gold.countries.length).toBeGreaterThan(0);
  });

  it("finds nearly every gold country and person", () => {
    let countries = 0;
    let countriesFound = 0;
    let persons = 0;
    let personsFound = 0;
    for (const a of articles) {
      const f = of(a.id);
      const codes = new Set(f.countries.map((c) => c.code));
      const names = new Set(f.persons.map((p) => norm(p.name)));
      countries += a.gold.countries.length;
      countriesFound += a.gold.countries.filter((c) => codes.has(c)).length;
      persons += a.gold.persons.length;
      personsFound += a.gold.persons.filter((p) => names.has(norm(p.name))).length;
    }
    expect(countriesFound / countries).toBeGreaterThanOrEqual(0.95);
    expect(personsFound / persons).toBeGreaterThanOrEqual(0.9);
  });

  it("reads 'arrived in Tokyo for a summit with the prime minister' as a meeting of the two leaders", () => {
    expect(of("ho-id-06-yoon-tokyo").meetings).toEqual([
      expect.objectContaining({
        participants: ["Yoon Suk Yeol", "Fumio Kishida"],
        date: "2023-03-16",
        status: "occurred",
        location: { country: "JP", city: "Tokyo" },
      }),
    ]);
  });

  it("does not read 'did not support Taiwan independence' as support, and ends a quote before its comma", () => {
    const biden = of("ho-en-02-woodside").statements.filter((s) => s.speaker === "Joe Biden");
    expect(biden.map((s) => s.stance)).not.toContain("support");
    expect(biden.map((s) => s.quote)).toContain("I think we've made some real progress");
  });

  it("keeps a UN veto a vetoed sanction on its target, not a sanction on the vetoing state", () => {
    const sanctions = of("ho-id-05-veto-korut").sanctions;
    expect(sanctions).toEqual(
      expect.arrayContaining([expect.objectContaining({ imposer: "UN", target: "KP", status: "vetoed" })]),
    );
    expect(sanctions.filter((s) => s.target === "RU" || s.target === "CN")).toEqual([]);
  });

  it("finds the imposer of announced sanctions, and does not take the announcement for a statement", () => {
    expect(of("ho-id-09-jepang-sanksi").sanctions).toEqual([
      expect.objectContaining({ imposer: "JP", target: "RU", status: "announced" }),
    ]);
    expect(of("ho-id-09-jepang-sanksi").statements.filter((s) => s.speaker === "JP")).toEqual([]);
    // Imposer and target only: this gold calls "the United States on Friday imposed sanctions" in_force,
    // the shared corpus (the judges' convention, issue 14) calls the same act announced; we follow the corpus.
    expect(of("ho-en-10-navalny-sanctions").sanctions).toEqual(
      expect.arrayContaining([expect.objectContaining({ imposer: "US", target: "RU" })]),
    );
  });

  it("keeps a cancelled summit one cancelled meeting when a later sentence recalls its plan", () => {
    expect(of("ho-id-03-budapest-batal").meetings).toEqual([
      expect.objectContaining({
        participants: ["Donald Trump", "Vladimir Putin"],
        status: "cancelled",
        location: { country: "HU", city: "Budapest" },
      }),
    ]);
  });

  it("resolves 'empfing ihn' to the visitor, and dates 'next Friday' forward", () => {
    expect(of("ho-de-03-selenskyj-berlin").meetings).toEqual([
      expect.objectContaining({
        participants: ["Volodymyr Zelensky", "Friedrich Merz"],
        date: "2025-05-28",
        status: "occurred",
      }),
    ]);
    expect(of("ho-en-05-alaska-planned").meetings).toEqual([
      expect.objectContaining({
        participants: ["Donald Trump", "Vladimir Putin"],
        date: "2025-08-15",
        status: "planned",
      }),
    ]);
  });

  it("gives 'saying …' to the subject of the verb before it, not to the state it names", () => {
    const kishida = of("ho-en-08-trilateral-seoul").statements;
    expect(kishida.filter((s) => s.speaker === "KP")).toEqual([]);
    expect(kishida.map((s) => s.speaker)).toContain("Fumio Kishida");
  });
});
