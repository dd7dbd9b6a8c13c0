import type { ServerResponse } from "node:http";

/**
 * Writes `text` and waits until the client has taken it in (backpressure: the socket's buffer
 * drains) before the caller reads more from Neo4j. False once the client has gone away.
 */
export async function writeChunk(res: ServerResponse, text: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(text)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (drained: boolean) => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(drained);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on("drain", onDrain);
    res.on("close", onClose);
  });
}
