#!/usr/bin/env node
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error("newsgraph: the project is not built yet; run `npm ci` (or `npm run build`) first.");
  process.exit(1);
}
require(entry).main(process.argv);
