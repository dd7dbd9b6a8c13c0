import { TransferItem, TransferStatus } from "../fact/fact.enums";
import { genericKind } from "../fact/genericKind";

/** Transfers in GraphQL: the type `Transfer`, the list `transfers` (genericKind). */
export const transfer = genericKind("Transfer", {
  description:
    "Something of military or economic weight moving from one state to another: one per supplier, receiver, items and month. An ALLEGED transfer is a claim, not a fact: its `claims` say who asserts, accuses and denies it.",
  listDescription: "Transfers, the latest dated first, undated last.",
  inRelationship: "The latest transfers between the two sides (either way), newest first; ALLEGED ones are claims.",
  fields: {
    items: { type: () => [TransferItem], fallback: [] },
    quantity: {
      type: () => String,
      nullable: true,
      description: 'The amount as the first article worded it ("more than 1,000 containers").',
    },
    status: { type: () => TransferStatus, fallback: TransferStatus.ALLEGED },
    date: { type: () => String, nullable: true, description: "When it happened or is due (YYYY-MM-DD or YYYY-MM)." },
  },
  // `from` and `to` as the issue names them; the list's own from/to arguments are dates.
  parties: {
    from: { party: "SENT", many: false, description: "Who sends it (the supplier)." },
    to: { party: "SENT_TO", many: false, description: "Who receives it." },
  },
  country: "Sent or received by this country, organization or leader (a country covers its people).",
  filters: {
    supplier: { party: "SENT", description: "Sent by this country (or its people)." },
    receiver: { party: "SENT_TO", description: "Received by this country (or its people)." },
    item: { property: "items", holds: true, type: () => TransferItem, description: "Moving this among its items." },
    status: { property: "status", type: () => TransferStatus },
  },
});
