import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The module edges of DESIGN.md, read from the source: every import of every `src/**\/*.ts`
 * (TypeScript's own pre-processor, so `import type`, re-exports and `require` all count), relative
 * paths resolved to files. Packages are not edges.
 */
const src = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file a relative import names (`./x` → x.ts, x.tsx or x/index.ts), or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  if (!found) throw new Error(`${rel(from)} imports "${specifier}", which names no file.`);
  return found;
}

const rel = (file: string) => path.relative(src, file).split(path.sep).join("/");

/** file (relative to src) → the src files it imports (relative to src). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((t): t is string => Boolean(t));
    graph.set(rel(file), [...new Set(targets.map(rel))]);
  }
  return graph;
}

/** Every cycle, once, as "a.ts → b.ts → a.ts" (found by depth-first search; each back edge is one cycle). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The layer of a file: its first folder under src, or "root" for config.ts, errors.ts, version.ts. */
const layerOf = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : "root");

/** Layer → the layers it must never import (data flows one way; DESIGN.md, "Architecture"). */
const forbidden: Record<string, readonly string[]> = {
  kinds: ["names", "extraction", "ingestion", "graph", "api", "cli"],
  names: ["extraction", "ingestion", "graph", "api", "cli"],
  extraction: ["ingestion", "graph", "api", "cli"],
  graph: ["ingestion", "api", "cli"],
  ingestion: ["api", "cli"],
  api: ["cli"],
  root: ["names", "extraction", "ingestion", "graph", "api", "cli"],
};

/** Every import that goes the wrong way, as "from.ts → to.ts". */
function wrongWayEdges(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, targets]) =>
    targets.filter((to) => (forbidden[layerOf(from)] ?? []).includes(layerOf(to))).map((to) => `${from} → ${to}`),
  );
}

describe("module edges (DESIGN.md: data flows one way)", () => {
  const graph = importGraph();

  it("reads the imports of every source file", () => {
    // Guards the reader itself: a broken resolver would find no edges and pass everything below.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("api/loaders.ts")).toContain("api/names/resolveActors.ts");
    expect(graph.get("api/names/resolveIds.ts")).toContain("api/names/resolveActors.ts");
  });

  it("has no import cycle", () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("has no import from a lower layer to a higher one", () => {
    expect(wrongWayEdges(graph)).toEqual([]);
  });

  it("names a cycle and a wrong-way edge when there is one", () => {
    const broken = new Map(graph);
    broken.set("api/names/resolveActors.ts", [...graph.get("api/names/resolveActors.ts")!, "api/loaders.ts"]);
    broken.set("graph/writeArticles.ts", [...graph.get("graph/writeArticles.ts")!, "ingestion/graphRecord.ts"]);
    broken.set("names/nameKey.ts", [...graph.get("names/nameKey.ts")!, "extraction/tokenize.ts"]);
    // The cycle is named from wherever the walk entered it (which files sort first decides that).
    expect(cyclesOf(broken)).toContainEqual(
      expect.stringMatching(
        /api\/loaders\.ts → api\/names\/resolveActors\.ts|api\/names\/resolveActors\.ts → api\/loaders\.ts/,
      ),
    );
    expect(wrongWayEdges(broken)).toContain("graph/writeArticles.ts → ingestion/graphRecord.ts");
    // The edge names once had into extraction is wrong again the moment it comes back.
    expect(wrongWayEdges(broken)).toContain("names/nameKey.ts → extraction/tokenize.ts");
  });
});
