import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Database } from "../../src/graph/database";
import { deleteArticles } from "../../src/graph/deleteArticles";
import { cliPath, runCli } from "../support/cli";
import { testDatabase } from "../support/database";
import { testServer } from "../support/server";

/** Short articles written for this test about real 2023 diplomacy, varied by index; ids unique to the run. */
const run = `cli-${Date.now()}`;
const leaders = [
  ["Kim Jong Un", "Vladimir Putin"],
  ["Sergei Lavrov", "Choe Son Hui"],
  ["Xi Jinping", "Vladimir Putin"],
  ["Joe Biden", "Yoon Suk Yeol"],
];
function article(i: number) {
  const [a, b] = leaders[i % leaders.length];
  const day = String((i % 27) + 1).padStart(2, "0");
  return {
    id: `${run}-${i}`,
    language: "en",
    publishedAt: `2023-${String((i % 11) + 1).padStart(2, "0")}-${day}T10:00:00Z`,
    title: `${a} and ${b} talk (${i})`,
    text: `${a} met ${b} on Monday for talks on security. The meeting was number ${i} of the year, officials said.`,
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-"));
const write = (name: string, content: string) => (
  fs.writeFileSync(path.join(tmp, name), content),
  path.join(tmp, name)
);
const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join("\n") + "\n";
const ingest = (args: string[], input?: string) => runCli(["ingest", ...args], {}, input);
/** The same, without blocking the event loop (for when this process also runs the server). */
function ingestAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cliPath, "ingest", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once("close", (status) => resolve({ status, stderr })));
}

// Each test spawns the CLI, which a loaded machine can take a minute over. A test cut off by its
// timeout leaves its in-process server in a write while the next test's spawnSync blocks the event
// loop: the next CLI then waits on that write's locks (seen under --randomize, seeds 2 and 4).
jest.setTimeout(180_000);

describe("newsgraph ingest", () => {
  let db: Database;
  const snapshot = async (ids: string[]) => (await db.read("test/neighbourhood", { ids }))[0];
  const stored = async (ids: string[]) =>
    (await db.read<{ article: { id: string } }>("articlesById", { ids })).map((r) => r.article.id).sort();

  beforeAll(() => (db = testDatabase()));
  afterAll(async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `${run}-${i}`).concat([`${run}-txt`, `${run}-json`]);
    await deleteArticles(db, ids);
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("loads JSON Lines, sends bad lines to the rejects file with the reason, and exits 1", () => {
    const file = write(
      "mixed.jsonl",
      jsonl([article(0), article(1)]) +
        "{not json\n" +
        JSON.stringify({ id: `${run}-notext` }) +
        "\n" +
        jsonl([article(2)]),
    );
    const rejects = path.join(tmp, "mixed.rejects.jsonl");
    const result = ingest([file, "--rejects", rejects]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Ingested 5 articles .*: 3 created, 0 updated, 0 unchanged, 2 failed; \d+ facts written\./,
    );
    const lines = fs
      .readFileSync(rejects, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ origin: `${file}:3`, code: "BAD_USER_INPUT" });
    expect(lines[0].error).toMatch(/not valid JSON: \{not json/);
    expect(lines[1].error).toBe(`The article "${run}-notext" has no "text" string.`);
  });

  it("skips what it already has when run again, and updates what changed", async () => {
    const first = ingest([
      write("first.jsonl", jsonl([article(7), article(8), article(9)])),
      "--rejects",
      path.join(tmp, "first.rejects.jsonl"),
    ]);
    expect(first.stderr).toMatch(/: 3 created, 0 updated, 0 unchanged, 0 failed/);
    const file = write(
      "again.jsonl",
      jsonl([article(7), article(8), { ...article(9), text: article(9).text + " A correction followed." }]),
    );
    const result = ingest([file, "--rejects", path.join(tmp, "again.rejects.jsonl")]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/: 0 created, 1 updated, 2 unchanged, 0 failed/);
    expect(fs.existsSync(path.join(tmp, "again.rejects.jsonl"))).toBe(false);
  });

  it("reads a directory of .txt (title line, front matter) and .json files, and standard input", async () => {
    const dir = path.join(tmp, "dir");
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, "a.txt"),
      `---\nid: ${run}-txt\nlanguage: en\npublishedAt: 2023-10-19\n---\nLavrov in Pyongyang\nSergei Lavrov arrived in Pyongyang on Wednesday.\n`,
    );
    fs.writeFileSync(path.join(dir, "b.json"), JSON.stringify([{ ...article(3), id: `${run}-json` }]));
    fs.writeFileSync(path.join(dir, "notes.md"), "not an article");
    const result = ingest([dir, "--rejects", path.join(tmp, "dir.rejects.jsonl")]);
    expect(result.stderr).toMatch(/Ingested 2 articles .*: 2 created/);
    const [txt] = (
      await db.read<{ article: { title: string; publishedAt: string } }>("articlesById", { ids: [`${run}-txt`] })
    ).map((r) => r.article);
    expect(txt).toMatchObject({ title: "Lavrov in Pyongyang", publishedAt: "2023-10-19" });

    const piped = ingest(["-", "--rejects", path.join(tmp, "stdin.rejects.jsonl")], jsonl([article(4)]));
    expect(piped.stderr).toMatch(/Ingested 1 articles .*: 1 created/);
    expect(await stored([`${run}-4`])).toEqual([`${run}-4`]);
  });

  it("sends batches through a running server with --api and its key", async () => {
    const server = await testServer(db, { apiKeys: ["cli-key"] });
    try {
      const file = write("api.jsonl", jsonl([article(5), article(6)]));
      const rejects = path.join(tmp, "api.rejects.jsonl");
      const sent = await ingestAsync([file, "--api", server.url, "--api-key", "cli-key", "--rejects", rejects]);
      expect(sent.stderr).toMatch(
        /Ingested 2 articles .*: 2 created, 0 updated, 0 unchanged, 0 failed; [1-9]\d* facts written\./,
      );
      expect(await stored([`${run}-5`, `${run}-6`])).toEqual([`${run}-5`, `${run}-6`]);

      const refused = await ingestAsync([file, "--api", server.url, "--api-key", "wrong", "--rejects", rejects]);
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split("\n").pop()).toBe(
        `newsgraph: The server at ${server.url}/graphql refused the batch: The API key in the Authorization header is not valid.`,
      );
    } finally {
      await server.stop();
    }
  });

  it("names a missing input in one sentence", () => {
    const result = ingest([path.join(tmp, "nope.jsonl")]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`newsgraph: There is no file or directory at ${path.join(tmp, "nope.jsonl")}.`);
  });

  it("resumes after being killed: re-running gives the graph a clean run gives", async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `${run}-${i + 100}`);
    const file = write("big.jsonl", jsonl(ids.map((_, i) => article(i + 100))));
    const args = [cliPath, "ingest", file, "--batch-size", "10", "--rejects", path.join(tmp, "big.rejects.jsonl")];

    const child = spawn(process.execPath, args, { stdio: "ignore" });
    while ((await stored(ids)).length < 30) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const partial = (await stored(ids)).length;
    expect(partial).toBeGreaterThanOrEqual(30);
    expect(partial).toBeLessThan(300); // killed part-way through

    const resumed = spawnSync(process.execPath, args, { encoding: "utf8" });
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`: ${300 - partial} created, 0 updated, ${partial} unchanged, 0 failed`));
    const afterResume = await snapshot(ids);

    await deleteArticles(db, ids);
    // Deleting leaves nothing of the articles' near-duplicate detection (these short texts are
    // copies of one another): a signature left behind would be a candidate of the next run's.
    expect((await db.read("test/copyLeftovers", { ids, domains: [] }))[0]).toEqual({
      signatures: 0,
      outlets: 0,
      bands: 0,
    });
    expect(spawnSync(process.execPath, args, { encoding: "utf8" }).stderr).toMatch(/: 300 created/);
    expect(await stored(ids)).toEqual([...ids].sort());
    expect(await snapshot(ids)).toEqual(afterResume);
  }, 120_000);
});

describe("newsgraph extract", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-extract-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads what ingest reads: a directory with a .txt article and a JSON array, ids optional", () => {
    fs.writeFileSync(
      path.join(dir, "a.txt"),
      `---\nlanguage: en\npublishedAt: 2023-10-19\n---\nLavrov in Pyongyang\nSergei Lavrov arrived in Pyongyang on Wednesday.\n`,
    );
    fs.writeFileSync(
      path.join(dir, "b.json"),
      JSON.stringify([article(0), { text: "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome." }]),
    );
    // One article written over several lines is one JSON value, not JSON Lines.
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify(article(1), null, 2));
    fs.writeFileSync(path.join(dir, "notes.md"), "not an article");
    const result = runCli(["extract", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const facts = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; meetings: Array<{ participants: string[] }> });
    // The .txt is named after its file; the article without an id gets the one ingest would give it.
    expect(facts.map((f) => f.id)).toEqual(["a", `${run}-0`, expect.stringMatching(/^text-[0-9a-f]{16}$/), `${run}-1`]);
    expect(facts[0].meetings).toEqual([expect.objectContaining({ participants: ["Sergey Lavrov", "KP"] })]);
    expect(facts[1].meetings).toEqual([expect.objectContaining({ participants: ["Kim Jong Un", "Vladimir Putin"] })]);
    expect(facts[2].meetings).toEqual([expect.objectContaining({ participants: ["Kim Jong Un", "Vladimir Putin"] })]);
    expect(facts[3].meetings).toEqual([expect.objectContaining({ participants: ["Sergey Lavrov", "Choe Son Hui"] })]);
  });
});
