import { ApiKeys, bearerToken } from "../../src/api/security/apiKeys";
import { RateLimiter } from "../../src/api/security/rateLimiter";

describe("RateLimiter", () => {
  it("allows the limits per client per minute, then says how long to wait", () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 2, cost: 100 }, () => now);
    expect(limiter.take("a", 10)).toBe(0);
    expect(limiter.take("a", 10)).toBe(0);
    now = 15_000;
    expect(limiter.take("a", 10)).toBe(45);
    expect(limiter.take("b", 99)).toBe(0); // another client has its own window
    expect(limiter.take("b", 2)).toBe(60); // over the cost; its window began at 15 s
    now = 60_000;
    expect(limiter.take("a", 10)).toBe(0); // a new minute
  });

  it("counts cost without a request, and tells a used-up client without counting", () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 1, cost: 100 }, () => now);
    expect(limiter.blocked("a")).toBe(0);
    expect(limiter.take("a", 0)).toBe(0); // the request, admitted before its cost is known
    expect(limiter.take("a", 60, 0)).toBe(0); // its cost, once measured
    expect(limiter.take("a", 60, 0)).toBe(60); // the cost is used up
    expect(limiter.blocked("a")).toBe(60);
    now = 30_000;
    expect(limiter.blocked("a")).toBe(30);
    now = 60_000;
    expect(limiter.blocked("a")).toBe(0);
  });
});

describe("ApiKeys", () => {
  it("matches configured keys only, by a fingerprint that is not the key", () => {
    const keys = new ApiKeys(["secret-one", "secret-two"]);
    expect(keys.match("secret-two")).toMatch(/^[0-9a-f]{12}$/);
    expect(keys.match("secret-two")).not.toContain("secret");
    expect(keys.match("secret-three")).toBeUndefined();
    expect(keys.match(undefined)).toBeUndefined();
    expect(new ApiKeys([]).configured).toBe(false);
  });

  it("reads Bearer tokens", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer  abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
