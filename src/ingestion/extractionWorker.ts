import { parentPort } from "node:worker_threads";
import { extract } from "../extraction/extract";
import type { ArticleText } from "../extraction/facts";
import type { ExtractionReply, ExtractionRequest } from "./extractOffThread";

/** A worker thread of extractOffThread: extracts the articles of each request it is sent, in order. */
parentPort!.on("message", ({ id, articles }: ExtractionRequest) => {
  const results = articles.map((article: ArticleText) => {
    try {
      return { facts: extract(article) };
    } catch (error) {
      return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  });
  parentPort!.postMessage({ id, results } satisfies ExtractionReply);
});
