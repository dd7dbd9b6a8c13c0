import { extract } from "../../../src/extraction/extract";
import { article } from "./fixtures";

const sanctions = (text: string, lang: string) => extract(article(text, lang)).sanctions.map((s) => [s.imposer, s.target, s.status, s.reason]);

describe("sanctions", () => {
  it("reads who imposes sanctions on whom, and why", () => {
    expect(sanctions("Korea Utara dijatuhi sanksi PBB karena uji coba nuklirnya.", "id")).toEqual([["UN", "KP", "in_force", "uji coba nuklirnya"]]);
    expect(sanctions("The European Union imposed sanctions on Iran over drone deliveries to Russia.", "en")).toEqual([["EU", "IR", "announced", "drone deliveries to Russia"]]);
    expect(sanctions("Japan sanctioned three North Korean trading firms.", "en")).toEqual([["JP", "KP", "announced", null]]);
  });

  it("reads several targets with their own reasons, and an unnamed imposer", () => {
    expect(sanctions("Iran dan Belarus sama-sama dikenai sanksi Barat -- Teheran karena program nuklirnya, dan Minsk karena mendukung invasi Rusia.", "id")).toEqual([
      [null, "IR", "in_force", "program nuklirnya"],
      [null, "BY", "in_force", "mendukung invasi Rusia"],
    ]);
  });

  it("tells announced, lifted and vetoed sanctions from those in force", () => {
    expect(sanctions("Uni Eropa mengumumkan sanksi baru terhadap Belarus.", "id")).toEqual([["EU", "BY", "announced", null]]);
    expect(sanctions("Washington lifted sanctions on Venezuela's oil sector.", "en")).toEqual([["US", "VE", "lifted", null]]);
    expect(sanctions("China vetoed a resolution that would have tightened sanctions against Myanmar.", "en")).toEqual([[null, "MM", "vetoed", null]]);
    expect(sanctions("The veto does not remove the UN sanctions on North Korea.", "en")).toEqual([["UN", "KP", "in_force", null]]);
  });

  it("ignores threats of sanctions and sanctions with no one to hit", () => {
    expect(sanctions("The United States threatened sanctions should the deal go ahead.", "en")).toEqual([]);
    expect(sanctions("Para ahli memantau pelaksanaan sanksi sejak 2006.", "id")).toEqual([]);
  });
});
