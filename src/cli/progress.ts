import type { IngestOutcome } from "../ingestion/ingestArticles";

/** Counts what an ingest run did and tells the user: a bar on a terminal, a line every few seconds elsewhere. */
export class Progress {
  readonly counts = { created: 0, updated: 0, unchanged: 0, failed: 0, facts: 0 };
  private readonly started = Date.now();
  private lastLine = 0;
  private fraction: number | undefined;

  constructor(
    private readonly out: NodeJS.WriteStream,
    /** Bytes of input in all, when known (a file), for the ETA. */
    private readonly totalBytes?: number,
  ) {}

  get done(): number {
    const { created, updated, unchanged, failed } = this.counts;
    return created + updated + unchanged + failed;
  }

  add(outcome: IngestOutcome | "failed", position?: number): void {
    if (outcome === "failed" || !outcome.ok) this.counts.failed++;
    else {
      this.counts[outcome.status.toLowerCase() as "created" | "updated" | "unchanged"]++;
      this.counts.facts += outcome.facts;
    }
    if (position !== undefined && this.totalBytes) this.fraction = Math.min(1, position / this.totalBytes);
    this.show();
  }

  private show(): void {
    const now = Date.now();
    if (now - this.lastLine < (this.out.isTTY ? 200 : 5000)) return;
    this.lastLine = now;
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    // An ETA from the first second or the first percent is noise.
    const eta =
      this.fraction && this.fraction > 0.01 && now - this.started > 3000
        ? ` ETA ${formatSeconds(((now - this.started) / 1000) * (1 / this.fraction - 1))}`
        : "";
    const line = `${this.done} articles, ${rate.toFixed(0)}/s, ${this.counts.failed} failed${eta}`;
    if (!this.out.isTTY) return void this.out.write(`ingest: ${line}\n`);
    const width = 24;
    const filled = this.fraction === undefined ? 0 : Math.round(this.fraction * width);
    const bar = this.fraction === undefined ? "" : `[${"#".repeat(filled)}${".".repeat(width - filled)}] `;
    this.out.write(`\r${bar}${line}\x1b[K`);
  }

  summary(): string {
    const seconds = (Date.now() - this.started) / 1000;
    const { created, updated, unchanged, failed, facts } = this.counts;
    return (
      `${this.out.isTTY ? "\r\x1b[K" : ""}Ingested ${this.done} articles in ${formatSeconds(seconds)} (${(this.done / Math.max(seconds, 0.001)).toFixed(0)}/s): ` +
      `${created} created, ${updated} updated, ${unchanged} unchanged, ${failed} failed; ${facts} facts written.`
    );
  }
}

function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
