import { extract } from "../../../src/extraction/extract";
import { fixture } from "./fixtures";

/** Reports written after the rules were, to check they carry over to new wording. */
describe("extract: reports in new wording", () => {
  it("Putin's state visit to Pyongyang (Indonesian): the ongoing visit, the envoy summoned in Seoul, quotes, a warning", () => {
    const facts = extract(fixture("putin-pyongyang.id"));
    expect(facts.meetings.map((m) => [m.participants, m.location.city, m.date, m.status])).toEqual([
      [["Vladimir Putin", "Kim Jong Un"], "Pyongyang", "2024-06-19", "ongoing"],
      // "memanggil duta besar Rusia di Seoul": summoning the envoy is a meeting in the summoning state.
      [["RU", "KR"], "Seoul", "2024-06", "occurred"],
    ]);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["Kim Jong Un", "assert"],
      ["Vladimir Putin", "assert"],
      ["John Kirby", "warn"],
      ["KR", "warn"],
    ]);
    expect(facts.statements[0].quote).toBe("Perjanjian ini membuka babak baru dalam hubungan kedua negara");
  });

  it("troops in Kursk (English): speakers behind institutions, a participle, coordinated imposers", () => {
    const facts = extract(fixture("kursk-troops.en"));
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["Volodymyr Zelensky", "assert"],
      ["US", "accuse"],
      ["Dmitry Peskov", "deny"],
      ["Mark Rutte", "warn"],
      ["KR", "assert"],
    ]);
    expect(facts.sanctions.map((s) => [s.imposer, s.target, s.status])).toEqual([
      ["KR", "KP", "announced"],
      ["US", "KP", "announced"],
    ]);
    expect(facts.persons.find((p) => p.name === "Mark Rutte")).toMatchObject({
      country: "NATO",
      roles: [{ title: "Secretary-General", country: "NATO" }],
    });
  });

  it("sanctions on arms transfers (Indonesian): several targets, imposers and statuses", () => {
    const facts = extract(fixture("sanksi-transfer-senjata.id"));
    // "sejumlah entitas Rusia dan Korea Utara" is one group designation: one fact whose countries are both.
    expect(facts.sanctions.map((s) => [s.imposer, s.target, s.targetCountry, s.status, s.reason])).toEqual([
      ["US", "RU", ["RU", "KP"], "announced", null],
      ["EU", "RU", undefined, "announced", null],
      [null, "RU", undefined, "in_force", "aneksasi Krimea"],
    ]);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["US", "accuse"],
      ["KP", "accuse"],
    ]);
  });

  it("Shoigu in Pyongyang (English): the arrival, the host, praise and a warning", () => {
    const facts = extract(fixture("shoigu-pyongyang.en"));
    expect(facts.meetings.map((m) => [m.participants, m.date, m.status])).toEqual([
      [["Sergei Shoigu", "KP"], "2023-07-25", "occurred"],
      [["Kim Jong Un", "Sergei Shoigu"], "2023-07-26", "occurred"],
      // "A Chinese delegation … flew into Pyongyang": the state visits through its delegation.
      [["KP", "CN"], "2023-07", "occurred"],
    ]);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["KCNA", "assert"],
      ["Sergei Shoigu", "support"],
      ["US", "warn"],
    ]);
  });

  it("Choe in Moscow (Indonesian): a meeting, a cancelled one, accusations and a denial", () => {
    const facts = extract(fixture("choe-moskow.id"));
    expect(facts.meetings.map((m) => [m.participants, m.date, m.status])).toEqual([
      [["Choe Son Hui", "Sergey Lavrov"], "2024-11-01", "occurred"],
      [["Choe Son Hui", "Vladimir Putin"], null, "cancelled"],
    ]);
    expect(facts.statements.map((s) => [s.speaker, s.stance])).toEqual([
      ["Choe Son Hui", "support"],
      ["Sergey Lavrov", "assert"],
      ["US", "accuse"],
      ["KR", "accuse"],
      ["RU", "deny"],
    ]);
  });
});
