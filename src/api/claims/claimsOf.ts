import type { StatementRecord } from "../../graph/records";
import { capList } from "../security/listCaps";

/**
 * A fact's claiming statements by stance, oldest first, each list cut to its cap; a statement of
 * another stance (a warning about it) is in none.
 */
export function claimsOf(statements: readonly StatementRecord[]) {
  const of = (stance: string) => statements.filter((statement) => statement.stance === stance);
  return {
    asserted: capList(of("assert"), "asserted"),
    accused: capList(of("accuse"), "accused"),
    denied: capList(of("deny"), "denied"),
  };
}
