import { outletOf, registrableDomain } from "../../src/ingestion/outletOf";

describe("outletOf", () => {
  it("cuts a URL's host to its registrable domain, without www., m. or amp.", () => {
    expect(outletOf({ url: "https://www.example-agency.com/world/1" })).toEqual({
      domain: "example-agency.com",
      name: "example-agency.com",
    });
    expect(outletOf({ url: "https://m.news.portal-one.co.uk/a", source: "Portal One" })).toEqual({
      domain: "portal-one.co.uk",
      name: "Portal One",
    });
    expect(registrableDomain("amp.kabar.go.id")).toBe("kabar.go.id");
    expect(registrableDomain("edition.lemonde.fr")).toBe("lemonde.fr");
    expect(registrableDomain("127.0.0.1")).toBe("127.0.0.1");
  });

  it("takes the source when there is no URL: as a domain when it is one, else in lower case", () => {
    expect(outletOf({ source: "www.Medcom.id" })).toEqual({ domain: "medcom.id", name: "www.Medcom.id" });
    expect(outletOf({ source: "Portal Two" })).toEqual({ domain: "portal two", name: "Portal Two" });
    expect(outletOf({})).toBeNull();
  });
});
