import { apiOnArticles } from "./harness";
import articles from "../../fixtures/queries/actors.json";

/**
 * Countries, leaders and organizations: name resolution, fields, lists, on a graph that ingestion
 * wrote from tests/fixtures/queries/actors.json (real events in this project's words): Finland's
 * president met Biden on a given day and Trump in a given month, its prime minister spoke; Norway's
 * prime minister met Medvedev on a given day and Obama in a given month, its foreign minister spoke,
 * and as NATO's head he later warned Russia; the last article only names Kim Jong Un and Lavrov, so
 * that the graph holds them. No other test writes these Finns and Norwegians.
 */
const api = apiOnArticles(articles);
const [washington, , oslo, nobel, warning] = articles.map((article) => article.id);
const meetingOf = (id: string) => api.fact("Meeting", [id]);

describe("country(name)", () => {
  const country = async (name: string) =>
    (await api.query("query ($name: String!) { country(name: $name) { id code name } }", { name })).country;

  it.each([
    "KP",
    "kp",
    "PRK",
    "North Korea",
    "Korea Utara",
    "Korut",
    "Nordkorea",
    "DPRK",
    "Pyongyang",
    "  north   KOREA ",
  ])("resolves %p to North Korea", async (name) => {
    expect(await country(name)).toEqual({ id: "KP", code: "KP", name: "North Korea" });
  });

  it("resolves Indonesian, German and metonymic names of Russia", async () => {
    for (const name of ["Rusia", "Russland", "Kremlin", "Federasi Rusia"])
      expect((await country(name))?.code).toBe("RU");
  });

  // Every name ingestion stores on a country comes from the name tables, so none resolves through
  // the stored names alone (as a seeded name once did); these resolve in any script and case.
  it("finds a country by its names in other languages and scripts", async () => {
    for (const name of ["norge", "Норвегия", "NORWEGEN"])
      expect(await country(name)).toEqual({ id: "NO", code: "NO", name: "Norway" });
  });

  it("is null for a name that is no country's", async () => {
    expect(await country("Atlantis")).toBeNull();
    expect(await country("Kim Jong Un")).toBeNull();
  });

  it("gives a country's names, leaders and meetings", async () => {
    const data = await api.query(`{ country(name: "Finland") {
      names leaders { id } meetings(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } }
    }`);
    // Its president's two meetings; the newer (4 March 2022) comes first.
    expect(data.country).toEqual({
      names: expect.arrayContaining(["Finland", "Finnland"]),
      leaders: [{ id: "sanna-marin" }, { id: "sauli-niinisto" }],
      meetings: { totalCount: 2, nodes: [{ id: (await meetingOf(washington)).id }], pageInfo: { hasNextPage: true } },
    });
  });
});

describe("leader(name)", () => {
  const leader = async (name: string) =>
    (await api.query("query ($name: String!) { leader(name: $name) { id name } }", { name })).leader;

  it.each(["Kim Jong Un", "Kim Jong-un", "kim jong-un", "Kim Dschong Un", "KIM JONG UN"])(
    "resolves %p to Kim Jong Un",
    async (name) => {
      expect(await leader(name)).toEqual({ id: "kim-jong-un", name: "Kim Jong Un" });
    },
  );

  it.each(["Sergey Lavrov", "Sergei Lavrov", "Sergej Lawrow", "Lavrov"])(
    "resolves %p to Sergey Lavrov",
    async (name) => {
      expect(await leader(name)).toEqual({ id: "sergey-lavrov", name: "Sergey Lavrov" });
    },
  );

  it("matches a name stored on the person (in no name table), case aside", async () => {
    expect(await leader("jonas GAHR store")).toEqual({ id: "jonas-gahr-store", name: "Jonas Gahr Store" });
  });

  it("is null for someone unknown, and for a country", async () => {
    expect(await leader("Nobody Qtaperson")).toBeNull();
    expect(await leader("Russia")).toBeNull();
  });

  it("gives a leader's country, roles, aliases, meetings and statements", async () => {
    const data = await api.query(`{ leader(name: "Stoltenberg") {
      aliases country { code } roles { title country { code } organization { id } }
      meetings(first: 5) { totalCount nodes { id date } }
      statements { nodes { id stance } }
    } }`);
    const [older, newer] = [await meetingOf(nobel), await meetingOf(oslo)];
    const statement = await api.fact("Statement", [warning]);
    expect(data.leader).toEqual({
      aliases: expect.arrayContaining(["Jens Stoltenberg"]),
      // The name tables make him NATO's, and NATO is no country.
      country: null,
      // Norway's prime minister in 2009 and 2010, NATO's secretary general in 2022.
      roles: expect.arrayContaining([
        { title: "Prime Minister", country: { code: "NO" }, organization: null },
        { title: "Secretary-General", country: null, organization: { id: "NATO" } },
      ]),
      meetings: {
        totalCount: 2,
        nodes: [
          { id: newer.id, date: "2010-04-27" },
          { id: older.id, date: "2009-12" },
        ],
      },
      statements: { nodes: [{ id: statement.id, stance: "WARN" }] },
    });
  });
});

describe("organization(name)", () => {
  it("resolves short names and names in other languages", async () => {
    for (const name of ["NATO", "nato", "OTAN"]) {
      const data = await api.query("query ($name: String!) { organization(name: $name) { id leaders { id } } }", {
        name,
      });
      expect(data.organization.id).toBe("NATO");
      expect(data.organization.leaders).toContainEqual({ id: "jens-stoltenberg" });
    }
  });
});

describe("leaders and countries lists", () => {
  it("lists the leaders of a country by name, with totalCount", async () => {
    const data = await api.query(
      `{ leaders(country: "Finnland") { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(data.leaders.totalCount).toBe(2);
    expect(data.leaders.nodes).toEqual([
      { id: "sanna-marin", name: "Sanna Marin" },
      { id: "sauli-niinisto", name: "Sauli Niinisto" },
    ]);
    expect(data.leaders.pageInfo.hasNextPage).toBe(false);
  });

  it("lists countries by name and pages through them", async () => {
    const first = (
      await api.query(`{ countries(first: 1) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } }`)
    ).countries;
    expect(first.totalCount).toBeGreaterThanOrEqual(3);
    const rest = await api.query(
      `query ($after: String) { countries(first: 100, after: $after) { nodes { name code } } }`,
      { after: first.pageInfo.endCursor },
    );
    const names = [first.nodes[0].name, ...rest.countries.nodes.map((c: { name: string }) => c.name)];
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(names).toContain("Finland");
  });
});
