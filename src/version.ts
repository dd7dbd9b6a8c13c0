import { projectRoot } from "./config";
import path from "node:path";
import fs from "node:fs";

/** newsgraph's version, from package.json. */
export const version: string = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")).version;
