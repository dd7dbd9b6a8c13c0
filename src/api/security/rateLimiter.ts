/**
 * Fixed one-minute windows per client (an API key's fingerprint, or an address): at most
 * `requests` operations and `cost` estimated items a minute.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; requests: number; cost: number }>();

  constructor(
    private readonly limits: { requests: number; cost: number },
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts `requests` operations of `cost` items; returns the seconds to wait when that would go
   * over a limit (and counts nothing), else 0.
   */
  take(client: string, cost: number, requests = 1): number {
    const now = this.now();
    const window = this.window(client, now);
    if (window.requests + requests > this.limits.requests || window.cost + cost > this.limits.cost)
      return this.waitFor(window, now);
    window.requests += requests;
    window.cost += cost;
    return 0;
  }

  /** The seconds to wait when the client has used up its requests this minute, else 0 (counts nothing). */
  blocked(client: string): number {
    const now = this.now();
    const window = this.windows.get(client);
    if (!window || now - window.start >= 60_000 || window.requests < this.limits.requests) return 0;
    return this.waitFor(window, now);
  }

  private window(client: string, now: number) {
    let window = this.windows.get(client);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, requests: 0, cost: 0 };
      this.windows.set(client, window);
      if (this.windows.size > 10_000) this.forgetOld(now);
    }
    return window;
  }

  private waitFor(window: { start: number }, now: number): number {
    return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  }

  private forgetOld(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(client);
  }
}
