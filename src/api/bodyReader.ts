import type { IncomingMessage } from "node:http";

export interface BodyLimits {
  maxBodyBytes: number;
  /** A body still arriving after this long is slow … */
  slowBodyMs: number;
  /** … and an address may have this many slow bodies arriving at once; the next is cut off. */
  slowBodiesPerClient: number;
}

/** A body over the limit: what it was, and whether the rest was read off the connection (so it can stay open). */
export type Body =
  | { kind: "text"; text: string }
  | { kind: "tooLarge"; drained: boolean }
  | { kind: "tooSlow" }
  /** The client went away mid-body: nobody is left to answer. */
  | { kind: "aborted" };

/** Past the limit, at most this much more is read and thrown away so that a keep-alive connection survives the 413. */
const drainBytes = 64 * 1024 * 1024;

/**
 * Reads request bodies within the limits. A body over the size limit is read on and thrown away
 * (up to 64 MB) rather than left in the socket, where Node would parse its remainder as the next
 * request and the client would see its connection reset; past that the connection is closed.
 * Slow bodies are counted per address, so that one client cannot hold every connection for
 * the whole request timeout (the server's `requestTimeout` bounds each one).
 */
export class BodyReader {
  private readonly slow = new Map<string, number>();

  constructor(private readonly limits: BodyLimits) {}

  read(req: IncomingMessage, client: string): Promise<Body> {
    return new Promise<Body>((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let slow = false;
      const finish = (body: Body) => {
        clearTimeout(timer);
        req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onAbort);
        if (slow) {
          const count = (this.slow.get(client) ?? 1) - 1;
          if (count > 0) this.slow.set(client, count);
          else this.slow.delete(client);
        }
        resolve(body);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size <= this.limits.maxBodyBytes) chunks.push(chunk);
        else if (chunks.length > 0) chunks.length = 0;
        if (size > this.limits.maxBodyBytes + drainBytes) {
          req.pause();
          finish({ kind: "tooLarge", drained: false });
        }
      };
      const onEnd = () =>
        finish(
          size > this.limits.maxBodyBytes
            ? { kind: "tooLarge", drained: true }
            : { kind: "text", text: Buffer.concat(chunks).toString("utf8") },
        );
      // The client went away (or the request timeout destroyed the socket) before the body ended.
      const onAbort = () => finish({ kind: "aborted" });
      const timer = setTimeout(() => {
        const count = this.slow.get(client) ?? 0;
        if (count >= this.limits.slowBodiesPerClient) {
          req.pause();
          return finish({ kind: "tooSlow" });
        }
        slow = true;
        this.slow.set(client, count + 1);
      }, this.limits.slowBodyMs);
      req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onAbort);
    });
  }
}
