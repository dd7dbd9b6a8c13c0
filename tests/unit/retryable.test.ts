import { Neo4jError } from "neo4j-driver";
import { retryable } from "../../src/graph/database";

/** Errors as Neo4j sends them (code and message); what a write transaction may run again. */
const neo4jError = (code: string, message: string) =>
  new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("retryable", () => {
  it("runs again what concurrency caused: a deadlock, and a node deleted under the query", () => {
    expect(retryable(neo4jError("Neo.TransientError.Transaction.DeadlockDetected", "A deadlock was found."))).toBe(
      true,
    );
    expect(retryable(neo4jError("Neo.ClientError.Statement.EntityNotFound", "Unable to load NODE 4:ab:1055."))).toBe(
      true,
    );
  });

  it("does not run again what would fail the same way: a bad query, a constraint, a non-Neo4j error", () => {
    expect(retryable(neo4jError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'."))).toBe(false);
    expect(
      retryable(neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label.")),
    ).toBe(false);
    expect(retryable(new Error("Unable to load NODE 4:ab:1055."))).toBe(false);
  });
});
