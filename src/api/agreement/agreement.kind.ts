import { AgreementKind, AgreementStatus } from "../fact/fact.enums";
import { genericKind } from "../fact/genericKind";

/** Agreements in GraphQL: the type `Agreement`, the list `agreements` (genericKind). */
export const agreement = genericKind("Agreement", {
  description: "A treaty, agreement, memorandum or deal between states or blocs: one per parties, kind and month.",
  listDescription: "Agreements, the latest dated first, undated last.",
  inRelationship: "The latest agreements between the two sides, newest first.",
  fields: {
    name: {
      type: () => String,
      nullable: true,
      description: "Its proper name, as the first article that gives one words it.",
    },
    // `kind` names the fact's kind in every type (Fact.kind).
    agreementKind: { type: () => AgreementKind, property: "kind", fallback: AgreementKind.AGREEMENT },
    status: { type: () => AgreementStatus, fallback: AgreementStatus.SIGNED },
    date: { type: () => String, nullable: true, description: "When it was signed or is due (YYYY-MM-DD or YYYY-MM)." },
  },
  parties: {
    parties: { party: "PARTY_TO", many: true, description: "The states, blocs or leaders party to it." },
  },
  country: "A party to it: a country, organization or leader (a country covers its people).",
  filters: {
    agreementKind: { property: "kind", type: () => AgreementKind },
    status: { property: "status", type: () => AgreementStatus },
  },
});
