/**
 * `npm run eval`: extracts every article of ../shared/corpus/*.jsonl (beside the project; absent
 * from clones) and prints the scorer's table per language, with the acceptance floors of issue 3.
 * Run from the project root (npm does); skips with one line when ../shared is not there.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../src/extraction/extract";

const FLOORS = "countries=0.95,persons=0.9,meetings=0.8,sanctions=0.8,statements=0.7";

function main(): number {
  const shared = path.resolve(process.cwd(), "../shared");
  const corpus = path.join(shared, "corpus");
  const scorer = path.join(shared, "tools", "score-extraction.mjs");
  if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
    console.log(`eval: skipped — ${corpus} is not here (it sits beside the project, not in clones).`);
    return 0;
  }
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".jsonl")).sort();
  const gold: string[] = [];
  const predictions: string[] = [];
  for (const file of files) {
    for (const line of fs.readFileSync(path.join(corpus, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      gold.push(line);
      predictions.push(JSON.stringify(extract(JSON.parse(line))));
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-eval-"));
  try {
    const goldFile = path.join(dir, "gold.jsonl");
    const predFile = path.join(dir, "predictions.jsonl");
    fs.writeFileSync(goldFile, `${gold.join("\n")}\n`);
    fs.writeFileSync(predFile, `${predictions.join("\n")}\n`);
    console.log(`eval: ${predictions.length} articles from ${files.join(", ")}`);
    const run = spawnSync(process.execPath, [scorer, "--gold", goldFile, "--pred", predFile, "--by-language", "--min", FLOORS], { stdio: "inherit" });
    return run.status ?? 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
