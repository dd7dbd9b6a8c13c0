/**
 * `npm run eval`: extracts every article of ../shared/corpus/*.jsonl (beside the project; absent
 * from clones) and prints the scorer's table for each set (seed, dev, dev-broad) per language,
 * then for all of them together against the floors of issue 14 (they set the exit status); then
 * the same for the project's self-written held-out set (tests/fixtures/heldout/*.jsonl), for
 * information. Run from the project root (npm does); skips with one line when ../shared is not there.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../src/extraction/extract";

const FLOORS = "countries=0.9,persons=0.9,meetings=0.9,sanctions=0.9,statements=0.9";

/** Extracts every article of the given JSON Lines files and runs the scorer on them; returns its exit status. */
function score(scorer: string, files: string[], label: string, floors: string | null, byLanguage = true): number {
  const gold: string[] = [];
  const predictions: string[] = [];
  for (const file of files) {
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
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
    console.log(`\n=== ${label}: ${predictions.length} articles from ${files.map((f) => path.basename(f)).join(", ")}`);
    const args = [
      scorer,
      "--gold",
      goldFile,
      "--pred",
      predFile,
      ...(byLanguage ? ["--by-language"] : []),
      ...(floors ? ["--min", floors] : []),
      // `npm run eval -- --verbose`: the scorer lists each miss and false hit.
      ...(process.argv.includes("--verbose") ? ["--verbose"] : []),
    ];
    const run = spawnSync(process.execPath, args, { stdio: "inherit" });
    return run.status ?? 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const jsonl = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

function main(): number {
  const shared = path.resolve(process.cwd(), "../shared");
  const corpus = path.join(shared, "corpus");
  const scorer = path.join(shared, "tools", "score-extraction.mjs");
  if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
    console.log(`eval: skipped — ${corpus} is not here (it sits beside the project, not in clones).`);
    return 0;
  }
  for (const file of jsonl(corpus)) score(scorer, [file], path.basename(file, ".jsonl"), null);
  const status = score(
    scorer,
    jsonl(corpus),
    "all of the shared corpus, against the floors of issue 14",
    FLOORS,
    false,
  );
  const heldout = jsonl(path.resolve(process.cwd(), "tests/fixtures/heldout"));
  if (heldout.length) {
    score(
      scorer,
      heldout,
      "SELF-WRITTEN held-out set (tests/fixtures/heldout; our own articles and gold, not the judges' held-out set; informational)",
      null,
    );
    console.log(`floors of issue 14 for reference: ${FLOORS}`);
  }
  return status;
}

process.exitCode = main();
