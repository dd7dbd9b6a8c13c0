import fs from "node:fs";
import path from "node:path";
import type { ArticleText, Evidence, ExtractedFacts } from "../../../src/extraction/facts";

/** Fixture articles written for these tests (tests/fixtures/articles): real events, our own words. */
export const FIXTURE_DIR = path.resolve(__dirname, "../../fixtures/articles");

export function fixture(name: string): ArticleText {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.json`), "utf8")) as ArticleText;
}

export function allFixtures(): ArticleText[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => fixture(f.replace(/\.json$/, "")));
}

/** An article made of the given text, for small focused cases. */
export function article(text: string, language: string, publishedAt = "2023-10-17T10:00:00+07:00"): ArticleText {
  return { id: "case", text, language, publishedAt };
}

/** Every span a fact points at, so tests can check that each one slices the original text. */
export function allSpans(facts: ExtractedFacts): Evidence[] {
  return [
    ...facts.countries.flatMap((c) => c.mentions),
    ...facts.persons.flatMap((p) => p.mentions),
    ...facts.meetings.map((m) => m.evidence),
    ...facts.sanctions.map((s) => s.evidence),
    ...facts.statements.map((s) => s.evidence),
  ];
}
