import { apiHarness } from "./harness";
import { SeedGraph } from "./seedGraph";

/** Countries, leaders and organizations: name resolution, fields, lists. Ids and names start with qta / XN. */
const seed = new SeedGraph("qta")
  .country("KP", "North Korea", ["North Korea", "Korea Utara", "Nordkorea"])
  .country("RU", "Russia", ["Russia", "Rusia", "Russland"])
  .country("XN", "Qtaland", ["Qtaland", "Qtalandia"])
  .organization("UN", "United Nations")
  .person("kim-jong-un", "Kim Jong Un", "KP", ["Kim Jong-un"])
  .person("sergey-lavrov", "Sergey Lavrov", "RU", ["Sergei Lavrov"])
  .person("qta-ivan", "Ivan Qtaov", "XN", ["Vanya Qtaoff"])
  .person("qta-olga", "Olga Qtaova", null)
  .role("qta-ivan", "XN", "President")
  .role("qta-ivan", "UN", "Special Envoy")
  .role("qta-olga", "XN", "Foreign Minister")
  .article({ id: "qta-art", publishedAt: "1940-01-02T00:00:00Z" })
  .meeting("qta-m1", {
    date: "1940-01-01",
    participants: ["qta-ivan", "qta-olga"],
    location: "XN",
    reports: ["qta-art"],
  })
  .meeting("qta-m2", { date: "1940-02", participants: ["qta-ivan", "XN"], reports: ["qta-art"] })
  .statement("qta-s1", {
    speaker: "qta-ivan",
    about: ["XN"],
    stance: "warn",
    date: "1940-01-02",
    reports: ["qta-art"],
  });

const api = apiHarness(seed);

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

  it("finds a country by a name stored on its node", async () => {
    expect(await country("qtalandia")).toEqual({ id: "XN", code: "XN", name: "Qtaland" });
  });

  it("is null for a name that is no country's", async () => {
    expect(await country("Atlantis")).toBeNull();
    expect(await country("Kim Jong Un")).toBeNull();
  });

  it("gives a country's names, leaders and meetings", async () => {
    const data = await api.query(`{ country(name: "Qtaland") {
      names leaders { id } meetings(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }
    } }`);
    expect(data.country).toEqual({
      names: ["Qtaland", "Qtalandia"],
      leaders: [{ id: "qta-ivan" }, { id: "qta-olga" }],
      meetings: { totalCount: 2, nodes: [{ id: "qta-m2" }], pageInfo: { hasNextPage: true } },
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

  it("matches a spelling stored on the person, case aside", async () => {
    expect(await leader("vanya qtaoff")).toEqual({ id: "qta-ivan", name: "Ivan Qtaov" });
  });

  it("is null for someone unknown, and for a country", async () => {
    expect(await leader("Nobody Qtaperson")).toBeNull();
    expect(await leader("Russia")).toBeNull();
  });

  it("gives a leader's country, roles, aliases, meetings and statements", async () => {
    const data = await api.query(`{ leader(name: "Ivan Qtaov") {
      aliases country { code } roles { title country { code } organization { id } }
      meetings(first: 5) { totalCount nodes { id date } }
      statements { nodes { id stance } }
    } }`);
    expect(data.leader).toEqual({
      aliases: ["Vanya Qtaoff", "Ivan Qtaov"],
      country: { code: "XN" },
      roles: [
        { title: "President", country: { code: "XN" }, organization: null },
        { title: "Special Envoy", country: null, organization: { id: "UN" } },
      ],
      meetings: {
        totalCount: 2,
        nodes: [
          { id: "qta-m2", date: "1940-02" },
          { id: "qta-m1", date: "1940-01-01" },
        ],
      },
      statements: { nodes: [{ id: "qta-s1", stance: "WARN" }] },
    });
  });
});

describe("organization(name)", () => {
  it("resolves short names and names in other languages", async () => {
    for (const name of ["UN", "PBB", "United Nations"]) {
      const data = await api.query("query ($name: String!) { organization(name: $name) { id leaders { id } } }", {
        name,
      });
      expect(data.organization.id).toBe("UN");
      expect(data.organization.leaders).toContainEqual({ id: "qta-ivan" });
    }
  });
});

describe("leaders and countries lists", () => {
  it("lists the leaders of a country by name, with totalCount", async () => {
    const data = await api.query(
      `{ leaders(country: "Qtalandia") { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(data.leaders.totalCount).toBe(2);
    expect(data.leaders.nodes).toEqual([
      { id: "qta-ivan", name: "Ivan Qtaov" },
      { id: "qta-olga", name: "Olga Qtaova" },
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
    expect(rest.countries.nodes).toContainEqual({ name: "Qtaland", code: "XN" });
  });
});
