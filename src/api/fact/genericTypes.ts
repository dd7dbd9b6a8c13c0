import type { GenericKind } from "../../kinds/factKinds";
import { agreement } from "../agreement/agreement.kind";
import { transfer } from "../transfer/transfer.kind";
import type { GenericType } from "./genericKind";

/**
 * The GraphQL side of the registry's generic kinds (src/kinds/factKinds.ts), each built by
 * genericKind in its own file: its object type and resolver (schema.ts registers them), and what
 * its list in a relationship holds (Relationship and RelationshipSummary get a field of its list
 * name each). A generic kind missing here fails to compile.
 */
export const genericTypes: Record<GenericKind, GenericType> = { Agreement: agreement, Transfer: transfer };
