/**
 * `npm run eval:copies [-- --originals N --seed S]`: precision and recall of near-duplicate
 * detection on a generated corpus (bench/wireCopies.ts: planted copies and the generator's other
 * reports of the same event as hard negatives), by the rule the graph applies (linkCopy.cypher):
 * two articles are candidates when they share a band key, copies when their estimated similarity
 * is at least COPY_SIMILARITY. Pure: no database. Also prints the similarity of the closest hard
 * negative and the farthest copy, which is how the threshold was chosen.
 */
import { parseArgs } from "node:util";
import { wireCorpus } from "../bench/wireCopies";
import { COPY_SIMILARITY } from "../src/graph/linkCopies";
import { estimatedSimilarity, textSignature } from "../src/ingestion/textSignature";

const { values } = parseArgs({
  options: { originals: { type: "string", default: "2000" }, seed: { type: "string", default: "7" } },
});
const { articles, copyOf } = wireCorpus(Number(values.originals), Number(values.seed));
const root = (id: string) => copyOf.get(id) ?? id;
const signatures = new Map(articles.map((a) => [a.id, textSignature(a.text)!]));
const byBand = new Map<string, string[]>();
for (const [id, signature] of signatures)
  for (const band of signature.bands) byBand.set(band, [...(byBand.get(band) ?? []), id]);

const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const found = new Set<string>();
let closestNegative = 0;
for (const members of byBand.values())
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const similarity = estimatedSimilarity(
        signatures.get(members[i])!.minHashes,
        signatures.get(members[j])!.minHashes,
      );
      if (root(members[i]) !== root(members[j])) closestNegative = Math.max(closestNegative, similarity);
      if (similarity >= COPY_SIMILARITY) found.add(pair(members[i], members[j]));
    }

// Every two articles of one story (an original and its copies) are a true pair.
const stories = new Map<string, string[]>();
for (const a of articles) stories.set(root(a.id), [...(stories.get(root(a.id)) ?? []), a.id]);
const truth = new Set<string>();
let farthestCopy = 1;
for (const ids of stories.values())
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      truth.add(pair(ids[i], ids[j]));
      farthestCopy = Math.min(
        farthestCopy,
        estimatedSimilarity(signatures.get(ids[i])!.minHashes, signatures.get(ids[j])!.minHashes),
      );
    }
const hits = [...found].filter((p) => truth.has(p)).length;
console.log(
  JSON.stringify({
    articles: articles.length,
    planted: copyOf.size,
    truePairs: truth.size,
    foundPairs: found.size,
    precision: found.size ? hits / found.size : 1,
    recall: truth.size ? hits / truth.size : 1,
    threshold: COPY_SIMILARITY,
    closestNegative,
    farthestCopy,
  }),
);
