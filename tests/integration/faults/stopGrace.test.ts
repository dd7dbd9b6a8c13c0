import http from "node:http";
import type { AddressInfo } from "node:net";
import { drainHttpServer } from "../../../src/api/drainHttpServer";

/**
 * The stop's grace (NEWSGRAPH_STOP_GRACE_MS): a request already sent that is still running when the
 * grace runs out has its connection closed, and the stop ends; one that finishes within it is
 * answered whole. A real HTTP server on a real socket; no Neo4j needed.
 */
async function serveWithGrace(graceMs: number, answerAfterMs: number) {
  const server = http.createServer((_req, res) => {
    setTimeout(() => res.end("done"), answerAfterMs).unref();
  });
  const plugin = drainHttpServer(server, graceMs, 10);
  const { drainServer } = (await plugin.serverWillStart!({} as never)) as { drainServer: () => Promise<void> };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const answer = new Promise<string>((resolve) => {
    const request = http.request({ host: "127.0.0.1", port, path: "/", agent: false }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(text));
      response.on("error", (error) => resolve(`error: ${error.message}`));
    });
    request.on("error", (error) => resolve(`error: ${error.message}`));
    request.end();
  });
  // Stop once the server has the request.
  await new Promise((resolve) => server.once("request", resolve));
  const started = Date.now();
  await drainServer();
  return { answer: await answer, stoppedAfterMs: Date.now() - started };
}

describe("the stop's grace", () => {
  it("closes a request still running when the grace runs out, and the stop ends then", async () => {
    const { answer, stoppedAfterMs } = await serveWithGrace(300, 60_000);
    expect(answer).toMatch(/^error: socket hang up/);
    expect(stoppedAfterMs).toBeLessThan(30_000);
  });

  it("answers a request that finishes within the grace", async () => {
    const { answer } = await serveWithGrace(30_000, 300);
    expect(answer).toBe("done");
  });
});
