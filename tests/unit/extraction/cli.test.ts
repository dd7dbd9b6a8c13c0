import { PassThrough, Readable } from "node:stream";
import { extractCommand, extractLines } from "../../../src/cli/extract";

async function run(
  lines: string[],
): Promise<{ out: Array<Record<string, unknown>>; counts: { extracted: number; failed: number } }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  const counts = await extractLines(Readable.from(lines.map((l) => `${l}\n`)), output);
  return {
    out: chunks
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    counts,
  };
}

describe("newsgraph extract", () => {
  it("writes one line of facts per article, in input order, and an error line for each bad line", async () => {
    const { out, counts } = await run([
      JSON.stringify({
        id: "a",
        language: "en",
        publishedAt: "2023-10-19",
        text: "Sergei Lavrov flew into Pyongyang on Wednesday.",
      }),
      "{not json",
      "",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ text: "no id" }),
      JSON.stringify({ id: "c", text: "Kim Jong Un met Vladimir Putin.", publishedAt: 2023 }),
      JSON.stringify({ id: 7, text: "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo." }),
    ]);
    expect(counts).toEqual({ extracted: 2, failed: 4 });
    expect(out.map((o) => o.id)).toEqual(["a", null, "b", null, "c", "7"]);
    expect(out[0]).toMatchObject({
      language: "en",
      meetings: [expect.objectContaining({ participants: ["Sergey Lavrov", "KP"], date: "2023-10-18" })],
    });
    expect(out[1].error).toBe("Line 2 is not valid JSON: {not json.");
    expect(out[2].error).toBe('Article "b" on line 4 has no "text" to read; got null.');
    expect(out[3].error).toBe('Line 5 has no "id" (a string); got null.');
    expect(out[4].error).toBe('Article "c" on line 6 has a "publishedAt" that is not a string: 2023.');
    expect(out[5]).toMatchObject({ id: "7", language: "id" });
  });

  it("keeps what it read when the input fails part-way, and says why", async () => {
    const failing = new Readable({ read() {} });
    failing.push(`${JSON.stringify({ id: "a", text: "Kim Jong Un met Vladimir Putin." })}\n`);
    setImmediate(() => failing.destroy(new Error("the connection was reset")));
    const output = new PassThrough();
    const lines: string[] = [];
    output.on("data", (c: Buffer) => lines.push(c.toString()));
    const result = await extractLines(failing, output);
    expect(result).toMatchObject({
      extracted: 1,
      failed: 0,
      readError: expect.objectContaining({ message: "the connection was reset" }),
    });
    expect(JSON.parse(lines.join("")).id).toBe("a");
  });

  it("exits 1 with one sentence, and no stack trace, when the file cannot be read", async () => {
    const errors: string[] = [];
    const spy = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk: string | Uint8Array) => (errors.push(String(chunk)), true));
    const before = process.exitCode;
    try {
      await extractCommand().parseAsync(["node", "extract", "/no/such/articles.jsonl"]);
      expect(process.exitCode).toBe(1);
      expect(errors).toEqual(["newsgraph extract: cannot read /no/such/articles.jsonl: there is no such file.\n"]);
    } finally {
      spy.mockRestore();
      process.exitCode = before;
    }
  });
});
