import type { ClassType } from "type-graphql";
import type { GenericKind } from "../../kinds/factKinds";
import { AgreementResolver } from "../agreement/agreement.resolver";
import { Agreement } from "../agreement/agreement.type";
import { TransferResolver } from "../transfer/transfer.resolver";
import { Transfer } from "../transfer/transfer.type";

/**
 * The GraphQL side of the registry's generic kinds (src/kinds/factKinds.ts): each one's object type
 * and resolver (schema.ts registers them), and what its list in a relationship holds (Relationship
 * and RelationshipSummary get a field of its list name each). A generic kind missing here fails to
 * compile.
 */
export const genericTypes: Record<GenericKind, { type: ClassType; resolver: ClassType; inRelationship: string }> = {
  Agreement: {
    type: Agreement,
    resolver: AgreementResolver,
    inRelationship: "The latest agreements between the two sides, newest first.",
  },
  Transfer: {
    type: Transfer,
    resolver: TransferResolver,
    inRelationship: "The latest transfers between the two sides (either way), newest first; ALLEGED ones are claims.",
  },
};
