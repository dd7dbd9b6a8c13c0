import { type ArticleInput, type ValidArticle, validateArticle } from "./articleInput";
import { articleId, contentHash } from "./articleId";

/**
 * The one check an article passes before anything reads it, whoever sends it (GraphQL, `newsgraph
 * ingest`, `newsgraph extract`): validation, then its id (the loader's own, else from the canonical
 * URL, else from the text) and content hash. Throws a BadInputError naming the problem.
 */
export function identifyArticle(input: ArticleInput, now: Date): ValidArticle {
  const valid = validateArticle(input, now);
  return { ...valid, id: articleId(input.id, valid.url, valid.text), contentHash: contentHash(valid) };
}
