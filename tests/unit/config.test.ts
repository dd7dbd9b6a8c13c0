import { loadConfig } from "../../src/config";
import { ConfigError } from "../../src/errors";
import { runCli } from "../support/cli";

describe("config", () => {
  it("has defaults for every key", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.localNeo4j.boltPort).toBe(7687);
  });

  it("has the documented limits, tighter in production", () => {
    const dev = loadConfig({}).api;
    expect(dev).toMatchObject({
      introspection: true,
      maxDepth: 8,
      maxCost: 200_000,
      maxAliases: 15,
      maxQueryBytes: 10_240,
      maxBodyBytes: 5_242_880,
      apiKeys: [],
      readsRequireKey: false,
    });
    expect(loadConfig({}).neo4j).toMatchObject({ readTimeoutMs: 5000, writeTimeoutMs: 60_000 });
    expect(loadConfig({ NODE_ENV: "production" }).api.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", NEWSGRAPH_INTROSPECTION: "on" }).api.introspection).toBe(true);
    expect(loadConfig({ NEWSGRAPH_API_KEYS: " alpha, beta ,," }).api.apiKeys).toEqual(["alpha", "beta"]);
  });

  it("reads the environment", () => {
    const config = loadConfig({ PORT: "8080", NEO4J_URI: "neo4j+s://db.example.org", NEWSGRAPH_NEO4J_PORT: "7688" });
    expect(config.port).toBe(8080);
    expect(config.neo4j.uri).toBe("neo4j+s://db.example.org");
    expect(config.localNeo4j.boltPort).toBe(7688);
  });

  it("turns the playground on, except by default in production", () => {
    expect(loadConfig({}).playground).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", NEWSGRAPH_PLAYGROUND: "on" }).playground).toBe(true);
    expect(loadConfig({ NEWSGRAPH_PLAYGROUND: "off" }).playground).toBe(false);
  });

  it.each([
    ["NEWSGRAPH_PLAYGROUND", "maybe", /NEWSGRAPH_PLAYGROUND must be on or off, not "maybe"\./],
    ["PORT", "abc", /PORT must be a whole number from 0 to 65535, not "abc"\./],
    ["PORT", "70000", /PORT must be a whole number/],
    ["NEWSGRAPH_NEO4J_HEAP_MB", "12.5", /NEWSGRAPH_NEO4J_HEAP_MB must be a whole number/],
    ["NEO4J_URI", "http://localhost:7474", /NEO4J_URI must be a Neo4j URI .* not "http:\/\/localhost:7474"\./],
    ["NEWSGRAPH_READS_REQUIRE_KEY", "maybe", /NEWSGRAPH_READS_REQUIRE_KEY must be on or off, not "maybe"\./],
    ["NEWSGRAPH_MAX_DEPTH", "0", /NEWSGRAPH_MAX_DEPTH must be a whole number from 1 to 100/],
  ])("refuses %s=%s with a sentence naming the variable and the value", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("stops the CLI with that one sentence, no stack trace", () => {
    const result = runCli(["db", "status"], { PORT: "not-a-port" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('newsgraph: PORT must be a whole number from 0 to 65535, not "not-a-port".');
  });
});
