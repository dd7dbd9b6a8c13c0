import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../src/config";
import { version } from "../src/version";

/** What the numbers were measured on: the machine, how busy it was, and every version involved. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  platform: string;
  /** 1, 5 and 15 minute load averages (uptime) when the run started. */
  loadAtStart: number[];
}

export interface Versions {
  node: string;
  neo4j: string;
  "neo4j-driver": string;
  "@neo4j/graphql": string;
  "@apollo/server": string;
  newsgraph: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: loadAverage(),
  };
}

export const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

export function versions(neo4jServer: string): Versions {
  const installed = (name: string): string => {
    const file = path.join(projectRoot, "node_modules", name, "package.json");
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  };
  return {
    node: process.version,
    neo4j: neo4jServer,
    "neo4j-driver": installed("neo4j-driver"),
    "@neo4j/graphql": installed("@neo4j/graphql"),
    "@apollo/server": installed("@apollo/server"),
    newsgraph: version,
  };
}
