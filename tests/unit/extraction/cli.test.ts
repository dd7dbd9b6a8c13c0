import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { extractArticles, extractCommand } from "../../../src/cli/extract";
import { readArticles, type ReadItem } from "../../../src/cli/readArticles";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-extract-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

async function run(
  items: AsyncIterable<ReadItem>,
): Promise<{ out: Array<Record<string, unknown>>; result: Awaited<ReturnType<typeof extractArticles>> }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  const result = await extractArticles(items, output, new Date("2024-01-01T00:00:00Z"));
  const text = chunks.join("").trim();
  return { out: text ? text.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>) : [], result };
}

describe("newsgraph extract", () => {
  it("reads with ingest's reader and validation: one line of facts per article, in input order, an error line for each bad one", async () => {
    const file = path.join(folder, "lines.jsonl");
    const lines = [
      { id: "a", language: "en", publishedAt: "2023-10-19", text: "Sergei Lavrov flew into Pyongyang on Wednesday." },
      "{not json",
      "",
      { id: "b" },
      { text: "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo." },
      { id: "c", text: "Kim Jong Un met Vladimir Putin.", publishedAt: 2023 },
      { id: "d", text: "Kim Jong Un met Vladimir Putin.", publishedAt: "2023-02-30" },
    ];
    fs.writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));
    const { out, result } = await run(readArticles(file));
    expect(result).toEqual({ extracted: 2, failed: 4 });
    expect(out.map((o) => o.id)).toEqual(["a", null, null, expect.stringMatching(/^text-[0-9a-f]{16}$/), null, "d"]);
    expect(out[0]).toMatchObject({
      language: "en",
      meetings: [expect.objectContaining({ participants: ["Sergey Lavrov", "KP"], date: "2023-10-18" })],
    });
    expect(out[1]).toEqual({ id: null, origin: `${file}:2`, error: "This is not valid JSON: {not json" });
    expect(out[2]).toEqual({ id: null, origin: `${file}:4`, error: 'The article "b" has no "text" string.' });
    // No id is needed: the article gets the id ingest would give it.
    expect(out[3]).toMatchObject({ language: "id" });
    expect(out[4]).toEqual({ id: null, origin: `${file}:6`, error: '"publishedAt" must be a string, not 2023.' });
    expect(out[5]).toEqual({
      id: "d",
      origin: `${file}:7`,
      error: 'publishedAt "2023-02-30" is not a date of the calendar: 2023-02 has 28 days, not 30.',
    });
  });

  it("keeps what it read when the input fails part-way, and says why", async () => {
    async function* failing(): AsyncGenerator<ReadItem> {
      yield { origin: "stdin:1", article: { id: "a", text: "Kim Jong Un met Vladimir Putin." } };
      throw new Error("the connection was reset");
    }
    const { out, result } = await run(failing());
    expect(result).toMatchObject({
      extracted: 1,
      failed: 0,
      readError: expect.objectContaining({ message: "the connection was reset" }),
    });
    expect(out.map((o) => o.id)).toEqual(["a"]);
  });

  it("exits 1 with one sentence, and no stack trace, when the input cannot be read", async () => {
    const errors: string[] = [];
    const spy = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    const before = process.exitCode;
    try {
      await extractCommand().parseAsync(["node", "extract", "/no/such/articles.jsonl"]);
      expect(process.exitCode).toBe(1);
      expect(errors).toEqual(["newsgraph extract: There is no file or directory at /no/such/articles.jsonl.\n"]);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
  });
});
