import { extract } from "../../../../src/extraction/extract";
import { article } from "../fixtures";
import { facts } from "./facts";

// Sentences written for these tests about real events (2023–2024), in Russian.
describe("Russian pack", () => {
  it("finds countries in any case: names, acronyms, capitals, institutions and adjectives", () => {
    expect(
      facts(
        "Россия, России и Россией. КНДР и США ответили из Пхеньяна и Вашингтона. Кремль и Белый дом молчат. Российского и северокорейской.",
        "ru",
      ).mentions,
    ).toEqual({
      RU: ["Россия", "России", "Россией", "Кремль", "Российского"],
      KP: ["КНДР", "Пхеньяна", "северокорейской"],
      US: ["США", "Вашингтона", "Белый дом"],
    });
  });

  it("does not take a common word for a country that it also spells", () => {
    expect(facts("Того же мнения придерживается Иран.", "ru").countries).toEqual(["IR"]);
  });

  it("names persons in their English spelling, gazetteer or not", () => {
    expect(facts("Министр обороны России Андрей Белоусов посетил Пхеньян.", "ru")).toMatchObject({
      persons: [{ name: "Andrei Belousov", country: "RU" }],
      meetings: [{ participants: ["Andrei Belousov", "KP"], location: { country: "KP", city: "Pyongyang" } }],
    });
    expect(facts("Президент России Владимир Путин провел переговоры с Ким Чен Ыном.", "ru").persons).toEqual([
      { name: "Vladimir Putin", country: "RU" },
      { name: "Kim Jong Un", country: "KP" },
    ]);
    expect(facts("Посол России в КНДР Александр Мацегора прибыл в Пхеньян.", "ru").persons).toEqual([
      { name: "Alexander Matsegora", country: "RU" },
    ]);
  });

  it("reads statements, with a quote attributed after a dash", () => {
    expect(
      facts("Министр иностранных дел России Сергей Лавров заявил, что Москва не нарушает резолюции ООН.", "ru")
        .statements,
    ).toEqual([{ speaker: "Sergey Lavrov", stance: "deny" }]);
    expect(facts("Кремль опроверг сообщения о поставках оружия из Северной Кореи.", "ru").statements).toEqual([
      { speaker: "RU", stance: "deny" },
    ]);
    expect(facts("«Эти обвинения беспочвенны», — заявила Мария Захарова.", "ru").statements).toEqual([
      { speaker: "Maria Zakharova", stance: "deny" },
    ]);
  });

  it("takes a spokesperson of the president for a spokesperson, not a president", () => {
    expect(
      facts("Переговоры прошли конструктивно, заявил пресс-секретарь президента России Дмитрий Песков.", "ru")
        .statements,
    ).toEqual([{ speaker: "Dmitry Peskov", stance: "assert" }]);
    const [person] = extract(article("Пресс-секретарь президента России Олег Иванов прибыл в Минск.", "ru")).persons;
    expect(person).toMatchObject({
      name: "Oleg Ivanov",
      country: "RU",
      roles: [{ title: "Spokesperson", country: "RU" }],
    });
  });

  it("reads sanctions", () => {
    expect(facts("Евросоюз ввел новые санкции против российских компаний.", "ru").sanctions).toEqual([
      { imposer: "EU", target: "RU" },
    ]);
  });
});
