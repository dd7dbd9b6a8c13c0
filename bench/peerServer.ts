/**
 * The peer: @neo4j/graphql (7.6.3) with bench/peerTypeDefs.ts over the same Neo4j and data, served
 * the way newsgraph serves (Apollo Server 5 on a plain Node `http` server, JSON POST at /graphql),
 * so that the comparison is between the two GraphQL-to-Neo4j layers and nothing else.
 *
 * Run as its own process: `node dist/bench/peerServer.js <port>` with NEO4J_URI set.
 */
import http from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { peerTypeDefs } from "./peerTypeDefs";

async function main(port: number): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER || "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    {
      maxConnectionPoolSize: 100,
      logging: { level: "error", logger: () => {} },
    },
  );
  // String comparison filters (used for "dated meetings": date >= "1900") are opt-in.
  const features = { filters: { String: { GTE: true } } };
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver, features }).getSchema();
  const apollo = new ApolloServer({ schema, stopOnTerminationSignals: false });
  await apollo.start();
  const sessionConfig = { database: process.env.NEO4J_DATABASE || "neo4j" };
  // The same transaction timeout as newsgraph's reads (NEWSGRAPH_READ_TIMEOUT_MS, 5 s by default).
  const transaction = { timeout: Number(process.env.NEWSGRAPH_READ_TIMEOUT_MS || 5000) };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url === "/health") return void res.writeHead(200).end("ok");
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown) : undefined;
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? "GET", headers, search: "", body },
          context: async () => ({ sessionConfig, transaction }),
        })
        .then((response) => {
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.statusCode = response.status ?? 200;
          res.end(response.body.kind === "complete" ? response.body.string : "");
        })
        .catch((error: Error) => res.writeHead(500).end(error.message));
    });
  });
  server.listen(port, "127.0.0.1");
  process.on("SIGTERM", () => {
    server.close(
      () =>
        void apollo
          .stop()
          .then(() => driver.close())
          .then(() => process.exit(0)),
    );
    server.closeAllConnections();
  });
}

main(Number(process.argv[2])).catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
