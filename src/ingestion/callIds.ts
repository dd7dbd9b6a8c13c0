/**
 * The article ids of one call (a GraphQL batch, a CLI batch). One call holds each article once —
 * the same id given twice, or two URLs with one canonical form — because nothing says which of two
 * versions should win (README, Ingestion): the call is refused before anything is written. The CLI
 * splits its batches with the same rule so that a file never trips it.
 */
export class CallIds {
  private readonly urls = new Map<string, string | undefined>();

  /**
   * Records the article's id; when an earlier article of the call has the same id, records nothing
   * and returns the sentence that refuses the call, naming the id (and both URLs when they made it).
   */
  repeat(article: { id: string; url?: string | null }): string | undefined {
    if (!this.urls.has(article.id)) {
      this.urls.set(article.id, article.url ?? undefined);
      return undefined;
    }
    const earlier = this.urls.get(article.id);
    const same =
      earlier && article.url && article.id.startsWith("url-")
        ? ` (${JSON.stringify(earlier)} and ${JSON.stringify(article.url)} are the same canonical URL)`
        : "";
    return `The article id "${article.id}" appears more than once in this batch${same}; send each article once.`;
  }
}
