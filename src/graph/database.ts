import { AsyncLocalStorage } from "node:async_hooks";
import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session, Neo4jError } from "neo4j-driver";
import type { Config } from "../config";
import { DatabaseUnavailableError, TimeoutError, TryAgainError } from "../errors";
import { cypher, schemaStatements } from "./cypher";
import { Slots } from "./slots";

export type Params = Record<string, unknown>;

/** Runs named queries inside one transaction. */
export type Run = <T extends RecordShape = RecordShape>(query: string, params?: Params) => Promise<T[]>;

/**
 * The only module that talks to the Neo4j driver: an explicit database, `executeRead` /
 * `executeWrite` (so cluster routing works), sessions closed in `finally`, and driver errors
 * mapped to newsgraph's errors in one place.
 */
export class Database {
  /** How many queries this instance has sent; tests use it to prove a request's cost is fixed. */
  queryCount = 0;
  /** How many times this instance has asked Neo4j whether it answers (`ping`); tests count them. */
  pingCount = 0;
  /** How many sessions this instance has opened for a transaction; tests count them. */
  attemptCount = 0;
  /**
   * Set once Neo4j was found unreachable. The driver retries a transaction for
   * NEO4J_MAX_RETRY_MS, and its backoff (1 s, 2 s, 4 s …, ±20 %) can stretch 3 s to 7.6 s; one
   * request waiting that out is enough: until Neo4j answers again, the next ones ping first (one
   * connection attempt, no retries) and fail at once.
   */
  private unreachable = false;
  /**
   * Called once Neo4j answers again after it was found unreachable (a restart, say); requests
   * wait for it (serve warms the query plans up here: a restarted Neo4j has none cached).
   */
  onReconnect: (() => Promise<void>) | undefined;
  private reconnecting: Promise<void> | undefined;
  private readonly insideReconnect = new AsyncLocalStorage<true>();
  /**
   * Transactions at once: the others queue here, and a transaction's deadline starts once it has
   * its slot. Without the queue, the deadlines of two hundred clients counted their wait for a
   * connection (200 of 200 answered TIMEOUT in the mixed load); 16 slots waited for 10 s sent
   * most back with TRY_AGAIN (22 answered of 212); 32 for 20 s answered 80 of 228 (the old code,
   * without deadlines, 97 of 216 and 26 INTERNAL_SERVER_ERRORs) on a machine at load average 24.
   */
  private readonly slots = new Slots(concurrentTransactions, slotWaitMs);

  private constructor(
    private readonly driver: Driver,
    readonly name: string,
    private readonly timeoutMs: { READ: number; WRITE: number },
    private readonly writeRetryMs: number,
    private readonly pingTimeoutMs: number,
    private readonly queryText: (name: string) => string,
  ) {}

  /**
   * `queries` turns a query name into its text: `cypher/queries/` for the server; the tests add
   * their own Cypher (tests/cypher/) through it, so that the server cannot load it.
   */
  static connect(uri: string, settings: Config["neo4j"], queries: (name: string) => string = cypher): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: connectionTimeoutMs,
      maxTransactionRetryTime: settings.maxRetryMs,
      maxConnectionPoolSize: poolSize,
      logging: { level: "error", logger: () => {} },
    });
    return new Database(
      driver,
      settings.database,
      { READ: settings.readTimeoutMs, WRITE: settings.writeTimeoutMs },
      settings.writeRetryMs,
      settings.healthTimeoutMs,
      queries,
    );
  }

  /** Runs the named query of `cypher/queries/` in a read transaction. */
  read<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run("READ", this.queryText(query), params);
  }

  /** Runs the named query of `cypher/queries/` in a write transaction. */
  write<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run("WRITE", this.queryText(query), params);
  }

  /**
   * Runs `work` in one transaction (all or nothing); `run` sends named queries inside it.
   * The driver retries `work` on transient errors, so it must not have other side effects.
   */
  async transaction<R>(mode: "READ" | "WRITE", work: (run: Run) => Promise<R>): Promise<R> {
    await this.reachable();
    const unit = (tx: ManagedTransaction) =>
      work(async (query, params = {}) => {
        this.queryCount++;
        const result = await tx.run(this.queryText(query), params);
        return result.records.map((record) => record.toObject());
      });
    const config = { timeout: this.timeoutMs[mode] };
    return this.attempts(mode, (session) =>
      mode === "READ" ? session.executeRead(unit, config) : session.executeWrite(unit, config),
    );
  }

  /**
   * Runs the named read query and yields its records as Neo4j sends them, for answers of any size
   * (the exports): the driver pulls the next batch only once the consumer has taken most of the
   * last (its record watermarks), so a slow consumer slows the query down rather than filling
   * memory. Its transaction may last `streamTimeoutMs`, not the read timeout: a large export to a
   * slow client takes minutes. It holds one of the transaction slots while it runs.
   */
  async *stream<T extends RecordShape = RecordShape>(query: string, params: Params = {}): AsyncGenerator<T> {
    this.queryCount++;
    await this.reachable();
    const release = await this.slots.take();
    if (!release) {
      throw new TryAgainError(
        `The server is busy: ${this.slots.waiting} more requests wait for the database after ${slotWaitMs / 1000} s; send the request again.`,
      );
    }
    const session = this.session("READ");
    try {
      const result = session.run<T>(this.queryText(query), params, { timeout: streamTimeoutMs });
      for await (const record of result) yield record.toObject();
    } catch (error) {
      throw this.mapDriverError(error, streamTimeoutMs);
    } finally {
      release();
      await session.close();
    }
  }

  /** Applies `cypher/schema/*.cypher` (constraints and indexes); idempotent. */
  async applySchema(): Promise<void> {
    for (const statement of schemaStatements()) await this.run("WRITE", statement, {});
  }

  /**
   * Resolves when the server answers; rejects with DatabaseUnavailableError at once otherwise (no
   * retries), or once NEWSGRAPH_HEALTH_TIMEOUT_MS pass without an answer (a stopped Neo4j accepts
   * connections and never answers).
   */
  async ping(): Promise<void> {
    this.pingCount++;
    // A query, not getServerInfo: the driver answers that from a pooled connection that has only
    // logged on (a fresh one) without asking the server, so a frozen Neo4j looked healthy.
    const session = this.session("READ");
    let settled = false;
    try {
      await withDeadline(session.run("RETURN 1"), this.pingTimeoutMs);
      settled = true;
    } catch (error) {
      settled = !(error instanceof DeadlineExceeded);
      throw this.mapDriverError(
        error instanceof DeadlineExceeded
          ? new DatabaseUnavailableError(`Neo4j did not answer within ${this.pingTimeoutMs} ms.`)
          : error,
      );
    } finally {
      if (settled) await session.close();
      else void session.close().catch(() => {});
    }
    if (this.unreachable) {
      this.unreachable = false;
      // Not awaited here: /health answers as soon as Neo4j does.
      void this.reconnected();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private mapDriverError(error: unknown, timeoutMs = 0): unknown {
    const mapped = mapDriverError(error, timeoutMs);
    if (mapped instanceof DatabaseUnavailableError) this.unreachable = true;
    return mapped;
  }

  /**
   * Pings a Neo4j that was found unreachable, and waits for the reconnection (onReconnect) that
   * follows, at most a read timeout. The reconnection's own queries go straight through.
   */
  private async reachable(): Promise<void> {
    if (this.insideReconnect.getStore()) return;
    if (this.unreachable) await this.ping();
    if (this.reconnecting) await Promise.race([this.reconnecting, sleep(this.timeoutMs.READ, { unref: true })]);
  }

  private reconnected(): Promise<void> {
    this.reconnecting ??= this.insideReconnect
      .run(true, () => this.onReconnect?.() ?? Promise.resolve())
      .catch(() => {})
      .finally(() => (this.reconnecting = undefined));
    return this.reconnecting;
  }

  /**
   * Every session states its access mode. With NEO4J_URI on the `neo4j://` scheme the driver routes
   * on it: READ sessions (auto-commit reads, executeRead, the exports' streams) go to a cluster's
   * readers, WRITE sessions (executeWrite) to its leader; Neo4j also refuses a write in a READ one.
   */
  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * One query in its own transaction. A read runs as an auto-commit transaction: one round trip
   * (RUN and PULL) where a managed one adds BEGIN and COMMIT, which doubled the lookups Neo4j
   * answers per second in the benchmark.
   */
  private async run<T extends RecordShape>(mode: "READ" | "WRITE", text: string, params: Params): Promise<T[]> {
    this.queryCount++;
    await this.reachable();
    const config = { timeout: this.timeoutMs[mode] };
    const result = await this.attempts(mode, (session) =>
      mode === "READ"
        ? session.run<T>(text, params, config)
        : session.executeWrite((tx: ManagedTransaction) => tx.run<T>(text, params), config),
    );
    return result.records.map((record) => record.toObject());
  }

  /**
   * Runs `work` in a session of its own, again on a retryable failure (a deadlock, a lock wait
   * that lost, a leader change, a node deleted under the query: `retryable`) with backoff: reads up to `readAttempts` times, writes for
   * `writeRetryMs` (the driver's own retries give up after NEO4J_MAX_RETRY_MS, which busy shared
   * nodes — a country every article mentions — outlast); then TRY_AGAIN. Each attempt has a
   * deadline of its own on our side, its transaction timeout and a little more, because a Neo4j
   * that does not answer at all (stopped, swapping) never times a transaction out.
   */
  private async attempts<R>(mode: "READ" | "WRITE", work: (session: Session) => Promise<R>): Promise<R> {
    const started = Date.now();
    const timeoutMs = this.timeoutMs[mode];
    for (let attempt = 1; ; attempt++) {
      const release = await this.slots.take();
      if (!release) {
        throw new TryAgainError(
          `The server is busy: ${this.slots.waiting} more requests wait for the database after ${slotWaitMs / 1000} s; send the request again.`,
        );
      }
      this.attemptCount++;
      const session = this.session(mode);
      let settled = false;
      try {
        const result = await withDeadline(work(session), timeoutMs + deadlineGraceMs);
        settled = true;
        return result;
      } catch (error) {
        settled = !(error instanceof DeadlineExceeded);
        if (!retryable(error)) throw this.mapDriverError(error, timeoutMs);
        if (unavailable.has(error.code)) {
          // A connection that died (a restarted Neo4j): a read goes again, on a new connection,
          // after the reconnection (onReconnect); a write's driver has already retried.
          if (mode === "WRITE" || attempt >= readAttempts) throw this.mapDriverError(error, timeoutMs);
          this.unreachable = true;
          await this.reachable();
          continue;
        }
        const budget = mode === "READ" ? attempt < readAttempts : Date.now() - started < this.writeRetryMs;
        if (!budget) {
          const seconds = Math.round((Date.now() - started) / 1000);
          throw new TryAgainError(
            `The database was busy with concurrent writes for ${seconds} s (${error.code.split(".").pop()}); send the same request again, it is safe to repeat.`,
          );
        }
        await sleep(backoffMs(attempt));
      } finally {
        // A session whose work never settled waits on a Neo4j that does not answer: close it in
        // the background rather than hang this request on it too.
        release();
        if (settled) await session.close();
        else void session.close().catch(() => {});
      }
    }
  }
}

/** Connections to Neo4j (pings and abandoned sessions use some beyond the transactions'). */
const poolSize = 100;
const concurrentTransactions = 32;
/** How long a transaction waits for a slot before the caller is told to try again. */
const slotWaitMs = 20_000;

/** The longest a streamed read (an export) may run. */
const streamTimeoutMs = 10 * 60_000;

/** How often a read is tried before its error is the answer. */
const readAttempts = 3;
/**
 * Past its transaction timeout, how long an attempt waits for Neo4j to say so itself: the
 * driver's connection timeout, since the transaction's clock starts only once a connection is
 * made (a first connection to a busy, just started Neo4j took over 2 s on 2 loaded cores).
 */
const connectionTimeoutMs = 5000;
const deadlineGraceMs = connectionTimeoutMs;

/** Exponential, capped at 1 s, with full jitter so that the writers that deadlocked do not collide again in step. */
const backoffMs = (attempt: number) => Math.random() * Math.min(1000, 25 * 2 ** attempt);

const sleep = (ms: number, options = { unref: false }) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (options.unref) timer.unref();
  });

class DeadlineExceeded extends Error {}

/** `work`, or a TimeoutError once `ms` have passed without it settling. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded()), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const unavailable = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Whether a failed transaction may be run again as it is: Neo4j's transient errors (a deadlock, a
 * lock wait that lost, a leader change), and a node deleted under a running query. Neo4j reads
 * what is committed, without read locks: a query that found a node through an index or a
 * relationship and loads it just after another transaction committed its deletion fails with
 * EntityNotFound ("Unable to load NODE …"), a ClientError the driver does not retry. Run again,
 * the transaction no longer finds the node; nothing of the failed attempt was committed. (Seen
 * in writeArticles.cypher, in the change feed's test of two writers at once, at load 17.)
 */
export function retryable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && (Neo4jError.isRetryable(error) || error.code === deletedUnderQuery);
}

const deletedUnderQuery = "Neo.ClientError.Statement.EntityNotFound";

/** Connection failures become SERVICE_UNAVAILABLE, timeouts TIMEOUT; anything else stays internal (and is masked). */
function mapDriverError(error: unknown, timeoutMs = 0): unknown {
  if (error instanceof DeadlineExceeded) return new TimeoutError(timeoutMs / 1000);
  if (!(error instanceof Neo4jError)) return error;
  if (unavailable.has(error.code)) return new DatabaseUnavailableError();
  if (error.code.includes("TransactionTimedOut")) return new TimeoutError(timeoutMs / 1000);
  // A write that reaches its timeout while it waits for another transaction's lock is terminated
  // and told LockClientStopped, not TransactionTimedOut (an operator's TERMINATE or a shutdown
  // say the same, rarely): a write batch stuck behind a lock answered INTERNAL_SERVER_ERROR.
  if (error.code.endsWith("LockClientStopped")) return new TimeoutError(timeoutMs / 1000);
  return error;
}
