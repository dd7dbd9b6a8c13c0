import { Command, Option } from "commander";
import { loadConfig } from "../config";
import { ConfigError } from "../errors";
import { openDatabase } from "../graph/openDatabase";
import { warmUp } from "../graph/warmUp";
import { startServer } from "../api/server";
import { warmExtractor } from "../ingestion/warmExtractor";
import { followParent } from "./followParent";
import { loadSamples } from "./loadSamples";

const log = (line: string) => console.error(line);

/** `newsgraph serve`: the API, on NEO4J_URI or on a local Neo4j that it starts and stops. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("Serve GraphQL at /graphql, GET /health, the explorer at / and the playground at /playground.")
    .addOption(new Option("-p, --port <port>", "HTTP port (default: PORT or 4000)").argParser(Number))
    .option("--samples", "load the sample articles of samples/ first (what `npm start` does)")
    .action(async (options: { port?: number; samples?: boolean }) => {
      const config = loadConfig(
        options.port === undefined ? process.env : { ...process.env, PORT: String(options.port) },
      );
      if (config.api.apiKeys.length === 0) {
        if (config.nodeEnv === "production") {
          throw new ConfigError(
            "NEWSGRAPH_API_KEYS is empty, and in production mutations must need a key: set one or more keys (comma-separated).",
          );
        }
        log(
          "Warning: NEWSGRAPH_API_KEYS is empty, so anyone who reaches this server can ingest and delete articles (fine on your own machine).",
        );
      }
      const database = await openDatabase(config, log);
      if (options.samples) log(await loadSamples(database.db));
      // Before listening: the first ingestArticle then costs what the next ones do.
      warmExtractor();
      const server = await startServer(database.db, config.port, undefined, {
        playground: config.playground,
        api: config.api,
      }).catch(async (error) => {
        await database.close();
        throw error;
      });
      log(`newsgraph is serving GraphQL at ${server.url}/graphql (Neo4j at ${database.uri})`);
      log(
        `the explorer is at ${server.url}/${config.playground ? `, the playground at ${server.url}/playground` : ""}`,
      );
      void warmUp(database.db);
      // A restarted Neo4j has no plans cached either: requests wait for the warm-up (at most a read timeout).
      database.db.onReconnect = () => warmUp(database.db);

      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log(`${signal}: finishing in-flight requests…`);
        await server.stop();
        await database.close();
        process.exit(0);
      };
      process.on("SIGTERM", () => void shutdown("SIGTERM"));
      process.on("SIGINT", () => void shutdown("SIGINT"));
      followParent(() => void shutdown("parent exited"));
    });
}
