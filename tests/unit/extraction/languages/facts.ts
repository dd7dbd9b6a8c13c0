import { extract } from "../../../../src/extraction/extract";
import { article } from "../fixtures";

/** The facts of one sentence, reduced to what the language tests compare. */
export function facts(text: string, language: string, publishedAt = "2024-06-20T10:00:00Z") {
  const r = extract(article(text, language, publishedAt));
  return {
    countries: r.countries.map((c) => c.code),
    mentions: Object.fromEntries(r.countries.map((c) => [c.code, c.mentions.map((m) => m.text)])),
    persons: r.persons.map((p) => ({ name: p.name, country: p.country })),
    meetings: r.meetings.map((m) => ({
      participants: m.participants,
      location: m.location,
      date: m.date,
      status: m.status,
    })),
    statements: r.statements.map((s) => ({ speaker: s.speaker, stance: s.stance })),
    sanctions: r.sanctions.map((s) => ({ imposer: s.imposer, target: s.target })),
  };
}
