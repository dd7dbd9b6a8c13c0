import { createHash, timingSafeEqual } from "node:crypto";

/**
 * The configured API keys, compared in constant time: each candidate is hashed to a fixed length
 * and compared with every key, so neither a key's length nor its first wrong character shows in
 * the time an answer takes.
 */
export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  get configured(): boolean {
    return this.digests.length > 0;
  }

  /** The key's fingerprint (for rate limiting and logs, never the key itself), or undefined. */
  match(candidate: string | undefined): string | undefined {
    if (!candidate) return undefined;
    const given = digest(candidate);
    let found: Buffer | undefined;
    for (const key of this.digests) if (timingSafeEqual(key, given)) found = key;
    return found?.toString("hex").slice(0, 12);
  }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

const digest = (key: string) => createHash("sha256").update(key).digest();
