import { Command } from "commander";
import { loadConfig } from "../config";
import * as localNeo4j from "../graph/localNeo4j";
import { openDatabase } from "../graph/openDatabase";
import { announceArticles } from "../graph/announceArticles";
import { relinkFacts } from "../graph/relinkFacts";

const log = (line: string) => console.error(line);

/** `newsgraph db install|start|stop|status`: the local Neo4j, for when NEO4J_URI is not set; `db relink`: any graph. */
export function dbCommand(): Command {
  const settings = () => loadConfig().localNeo4j;
  const db = new Command("db").description("Manage the local Neo4j (used when NEO4J_URI is not set).");
  db.command("install")
    .description("Fetch Neo4j 5.26 with Maven and build its launcher (done by `db start` when needed).")
    .action(() => {
      localNeo4j.install(settings(), log);
      log("The local Neo4j is installed.");
    });
  db.command("start")
    .description("Start the local Neo4j in the background; prints its Bolt URI once it accepts connections.")
    .action(async () => {
      const neo4j = await localNeo4j.start(settings(), "detached", log);
      if (!neo4j.owned) log("The local Neo4j was already running.");
      console.log(neo4j.uri);
    });
  db.command("stop")
    .description("Stop the local Neo4j.")
    .action(async () =>
      log((await localNeo4j.stop(settings())) ? "The local Neo4j has stopped." : "The local Neo4j was not running."),
    );
  db.command("status")
    .description("Say whether the local Neo4j is running (exit 0) or not (exit 3).")
    .action(async () => {
      const running = await localNeo4j.status(settings());
      console.log(running ? `running at ${running.uri} (pid ${running.pid})` : "not running");
      if (!running) process.exitCode = 3;
    });
  db.command("relink")
    .description(
      "File every fact under its Links again, date every sanction and put what the change feed lacks into it: for a graph written by an older newsgraph (the NEO4J_URI one, or the local Neo4j).",
    )
    .action(async () => {
      const database = await openDatabase(loadConfig(), log);
      try {
        const facts = await relinkFacts(database.db, (done) => log(`relink: ${done} facts`));
        log(`Filed ${facts} facts under their Links at ${database.uri}.`);
        const articles = await announceArticles(database.db, (done) =>
          log(`relink: ${done} articles in the change feed`),
        );
        log(`Went through ${articles} articles for the change feed.`);
      } finally {
        await database.close();
      }
    });
  return db;
}
