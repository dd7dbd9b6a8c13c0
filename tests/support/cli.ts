import { spawnSync, type SpawnSyncReturns } from "node:child_process";
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
