/**
 * `node dist/scripts/corpusCopies.js [--articles N] [--seed S]`: how many pairs of the first N
 * bench:corpus articles copy detection calls copies (estimated similarity >= COPY_SIMILARITY),
 * over all pairs. The generator plants none, so the share should be about zero; above it, the
 * bench would time copy bookkeeping that real feeds of unrelated stories do not cause.
 */
import { parseArgs } from "node:util";
import { newsCorpus } from "../bench/newsArticles";
import { COPY_SIMILARITY } from "../src/graph/linkCopies";
import { estimatedSimilarity, textSignature } from "../src/ingestion/textSignature";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "300" }, seed: { type: "string", default: "7" } },
});
const articles = newsCorpus(Number(values.articles), Number(values.seed));
const signatures = articles.map((article) => textSignature(article.text)!.minHashes);
let copies = 0;
let closest = 0;
const involved = new Set<number>();
for (let i = 0; i < signatures.length; i++)
  for (let j = i + 1; j < signatures.length; j++) {
    const similarity = estimatedSimilarity(signatures[i], signatures[j]);
    closest = Math.max(closest, similarity);
    if (similarity >= COPY_SIMILARITY) {
      copies++;
      involved.add(i).add(j);
    }
  }
const pairs = (signatures.length * (signatures.length - 1)) / 2;
console.log(
  `${articles.length} articles (seed ${values.seed}): ${copies} of ${pairs} pairs are copies ` +
    `(${((100 * copies) / pairs).toFixed(2)}%), ${involved.size} articles in one; closest pair ${closest.toFixed(2)}`,
);
