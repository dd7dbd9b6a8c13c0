import type http from "node:http";
import net from "node:net";
import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Graceful stop of the HTTP server, as Apollo's drain step: stop listening, answer every request
 * already sent, close the connections, and after `graceMs` close whatever is left.
 *
 * Why not ApolloServerPluginDrainHttpServer: it (and Node's own `server.close()`, which calls
 * `closeIdleConnections()`) closes at once every connection with no request *parsed* yet. While
 * the event loop is busy (an ingest batch being extracted), requests that clients have fully sent
 * wait unread in their sockets or in the listen backlog, and those connections were reset on
 * SIGTERM. Here the server keeps taking in for `idleMs` (a second: 250 ms still lost one on a loaded
 * 2-core CI run) and a turn of the event loop, so that
 * everything sent before the stop is read and answered.
 */
export function drainHttpServer(server: http.Server, graceMs: number, idleMs = 1000): ApolloServerPlugin {
  const requests = new Map<net.Socket, number>();
  let stopping = false;
  server.on("connection", (socket: net.Socket) => {
    requests.set(socket, 0);
    socket.once("close", () => requests.delete(socket));
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    requests.set(socket, (requests.get(socket) ?? 0) + 1);
    if (stopping) res.setHeader("connection", "close");
    res.once("finish", () => {
      if (!requests.has(socket)) return; // already closed
      const pending = requests.get(socket)! - 1;
      requests.set(socket, pending);
      if (stopping && pending === 0) socket.end();
    });
  });

  async function stop(): Promise<void> {
    stopping = true;
    const force = setTimeout(() => requests.forEach((_, socket) => socket.destroy()), graceMs);
    // What clients sent before the stop may still wait in the listen backlog (Node accepts few
    // connections per turn of a busy event loop) or unread in a socket: keep listening for
    // idleMs and one more turn, which takes them in (answered with Connection: close) …
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    await nextTurn();
    // … then stop listening (net.Server's close: without http.Server's closeIdleConnections()),
    // read what the last turn accepted, and close the connections that hold no request.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    await nextTurn();
    requests.forEach((pending, socket) => pending === 0 && socket.end());
    await closed;
    clearTimeout(force);
  }

  return {
    async serverWillStart() {
      return { drainServer: stop };
    },
  };
}

/** Resolves after the event loop's next poll phase (where sockets are accepted and read). */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
