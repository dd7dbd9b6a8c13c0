import http from "node:http";
import type { Server } from "../../../src/api/server";
import { requireBuiltPages } from "../../support/browser";
import { inProcessServer } from "../../support/inProcessServer";

/** The raw status and body of a GET, with the path sent as written (fetch would normalise `..`). */
function get(
  server: Server,
  path: string,
  method = "GET",
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on("error", reject).end();
  });
}

describe("the web pages, served by the API server", () => {
  const withPages = inProcessServer({ setUp: async () => requireBuiltPages(), options: { playground: true } });
  const withoutPages = inProcessServer();
  it("serves the explorer at / and the playground at /playground, as HTML that may only talk to this server", async () => {
    for (const path of ["/", "/playground", "/playground/"]) {
      const response = await get(withPages.server, path);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.body).toMatch(/<script type="module" crossorigin src="\/assets\//);
    }
    expect((await get(withPages.server, "/")).body).toContain("Relationship explorer");
    expect((await get(withPages.server, "/playground")).body).toContain("GraphQL playground");
  });

  it("serves hashed assets with their content type, for a year", async () => {
    const page = (await get(withPages.server, "/")).body;
    const [script, style] = [
      /src="(\/assets\/[^"]+\.js)"/.exec(page)![1],
      /href="(\/assets\/[^"]+\.css)"/.exec(page)![1],
    ];
    const js = await get(withPages.server, script);
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get(withPages.server, style)).headers["content-type"]).toBe("text/css; charset=utf-8");
    const head = await get(withPages.server, script, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });

  it("serves schema/examples.graphql to the playground", async () => {
    const response = await get(withPages.server, "/playground/examples.graphql");
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/^query \w+/m);
  });

  it.each([
    "/assets/../../../package.json",
    "/assets/..%2f..%2f..%2fpackage.json",
    "/assets/%2e%2e/%2e%2e/%2e%2e/package.json",
    "/assets/%2e%2e%2f%2e%2e%2fsrc%2fconfig.ts",
    "/assets/x%00.js",
    "/assets/%E0%A4%A",
  ])("never serves a file outside its folder: %s", async (path) => {
    const response = await get(withPages.server, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/"name": "newsgraph"|loadConfig/);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("answers 404 in JSON for an asset that is not there, and 405 for a POST to a page", async () => {
    expect((await get(withPages.server, "/assets/nothing-here.js")).status).toBe(404);
    const post = await get(withPages.server, "/", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("keeps the playground off unless asked (NEWSGRAPH_PLAYGROUND), and says so", async () => {
    for (const path of ["/playground", "/playground/examples.graphql"]) {
      const response = await get(withoutPages.server, path);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body).error).toMatch(/playground is turned off.*NEWSGRAPH_PLAYGROUND/);
    }
    expect((await get(withoutPages.server, "/")).status).toBe(200);
  });
});
