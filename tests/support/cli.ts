import { spawnSync, type ChildProcess, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";

export const cliPath = path.resolve(__dirname, "../../bin/newsgraph.js");

/** Runs the built CLI (`npm test` builds first) and returns its exit status and output. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliPath, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    input,
    timeout: 60_000,
  });
}

/** Waits for serve's "serving GraphQL at <url>/graphql" line; its base URL (serve may have picked its port). */
export function servingUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    child.stderr!.on("data", (chunk) => {
      log += chunk;
      const found = /serving GraphQL at (http:\/\/\S+)\/graphql/.exec(log);
      if (found) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited (${code}) before serving:\n${log}`)));
  });
}
