/**
 * Fixed one-minute windows per client (an API key's fingerprint, or the address of an anonymous
 * reader): at most `requests` operations and `cost` estimated nodes a minute.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; requests: number; cost: number }>();

  constructor(
    private readonly limits: { requests: number; cost: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts the operation; returns the seconds to wait when it is over a limit, else 0. */
  take(client: string, cost: number): number {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, requests: 0, cost: 0 };
      this.windows.set(client, window);
      if (this.windows.size > 10_000) this.forgetOld(now);
    }
    if (window.requests + 1 > this.limits.requests || window.cost + cost > this.limits.cost) {
      return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
    }
    window.requests++;
    window.cost += cost;
    return 0;
  }

  private forgetOld(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(client);
  }
}
