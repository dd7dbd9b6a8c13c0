import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session, Neo4jError } from "neo4j-driver";
import type { Config } from "../config";
import { DatabaseUnavailableError, TimeoutError } from "../errors";
import { cypher, schemaStatements } from "./cypher";

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
  /**
   * Set once Neo4j was found unreachable. The driver retries a transaction for
   * NEO4J_MAX_RETRY_MS, and its backoff (1 s, 2 s, 4 s …, ±20 %) can stretch 3 s to 7.6 s; one
   * request waiting that out is enough: until Neo4j answers again, the next ones ping first (one
   * connection attempt, no retries) and fail at once.
   */
  private unreachable = false;

  private constructor(
    private readonly driver: Driver,
    readonly name: string,
    private readonly timeoutMs: { READ: number; WRITE: number },
  ) {}

  static connect(uri: string, settings: Config["neo4j"]): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: settings.maxRetryMs,
      maxConnectionPoolSize: 100,
      logging: { level: "error", logger: () => {} },
    });
    return new Database(driver, settings.database, { READ: settings.readTimeoutMs, WRITE: settings.writeTimeoutMs });
  }

  /** Runs the named query of `cypher/queries/` in a read transaction. */
  read<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run("READ", cypher(query), params);
  }

  /** Runs the named query of `cypher/queries/` in a write transaction. */
  write<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run("WRITE", cypher(query), params);
  }

  /**
   * Runs `work` in one transaction (all or nothing); `run` sends named queries inside it.
   * The driver retries `work` on transient errors, so it must not have other side effects.
   */
  async transaction<R>(mode: "READ" | "WRITE", work: (run: Run) => Promise<R>): Promise<R> {
    if (this.unreachable) await this.ping();
    const session = this.session(mode);
    try {
      const unit = (tx: ManagedTransaction) =>
        work(async (query, params = {}) => {
          this.queryCount++;
          const result = await tx.run(cypher(query), params);
          return result.records.map((record) => record.toObject());
        });
      const config = { timeout: this.timeoutMs[mode] };
      return mode === "READ" ? await session.executeRead(unit, config) : await session.executeWrite(unit, config);
    } catch (error) {
      throw this.mapDriverError(error, this.timeoutMs[mode]);
    } finally {
      await session.close();
    }
  }

  /** Applies `cypher/schema/*.cypher` (constraints and indexes); idempotent. */
  async applySchema(): Promise<void> {
    for (const statement of schemaStatements()) await this.run("WRITE", statement, {});
  }

  /** Resolves when the server answers; rejects with DatabaseUnavailableError at once otherwise (no retries). */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.name });
      this.unreachable = false;
    } catch (error) {
      throw this.mapDriverError(error);
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

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({ database: this.name, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
  }

  /**
   * One query in its own transaction. A read runs as an auto-commit transaction: one round trip
   * (RUN and PULL) where a managed one adds BEGIN and COMMIT, which doubled the lookups Neo4j
   * answers per second in the benchmark. Reads change nothing, so a retryable failure (a leader
   * change, a deadlock) is simply run again, as the driver would for a managed transaction.
   */
  private async run<T extends RecordShape>(mode: "READ" | "WRITE", text: string, params: Params): Promise<T[]> {
    this.queryCount++;
    if (this.unreachable) await this.ping();
    const config = { timeout: this.timeoutMs[mode] };
    for (let attempt = 1; ; attempt++) {
      const session = this.session(mode);
      try {
        const result =
          mode === "READ" ? await session.run<T>(text, params, config) : await session.executeWrite((tx: ManagedTransaction) => tx.run<T>(text, params), config);
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (mode === "READ" && attempt < readAttempts && Neo4jError.isRetriable(error as Error)) continue;
        throw this.mapDriverError(error, this.timeoutMs[mode]);
      } finally {
        await session.close();
      }
    }
  }
}

/** How often a read is tried before its error is the answer. */
const readAttempts = 3;

const unavailable = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Connection failures become SERVICE_UNAVAILABLE, timeouts TIMEOUT; anything else stays internal (and is masked). */
function mapDriverError(error: unknown, timeoutMs = 0): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (unavailable.has(error.code)) return new DatabaseUnavailableError();
  if (error.code.includes("TransactionTimedOut")) return new TimeoutError(timeoutMs / 1000);
  return error;
}
