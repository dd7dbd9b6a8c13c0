import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { printSchema } from "graphql";
import { loadConfig } from "../config";
import { ConfigError, NewsgraphError } from "../errors";
import { version } from "../version";
import { buildApiSchema } from "../api/schema";
import { dbCommand } from "./db";
import { extractCommand } from "./extract";
import { ingestCommand } from "./ingest";
import { serveCommand } from "./serve";

export function program(): Command {
  return new Command("newsgraph")
    .description("News articles in, a sourced knowledge graph out: a GraphQL API over Neo4j.")
    .version(version)
    .addCommand(serveCommand())
    .addCommand(ingestCommand())
    .addCommand(extractCommand())
    .addCommand(dbCommand())
    .addCommand(
      new Command("schema").description("Print the GraphQL schema (SDL).").action(async () => {
        process.stdout.write(`${printSchema(await buildApiSchema())}\n`);
      }),
    );
}

/** Runs the CLI; expected failures print one sentence, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    loadConfig(); // validate the environment before any command runs
    await program().exitOverride().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    const known = error instanceof ConfigError || error instanceof NewsgraphError;
    console.error(`newsgraph: ${known ? (error as Error).message : (error as Error).stack}`);
    process.exit(1);
  }
}
