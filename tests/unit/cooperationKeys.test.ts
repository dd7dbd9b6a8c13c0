import type { AgreementFact, TransferFact } from "../../src/extraction/facts";
import { agreementId, transferId } from "../../src/ingestion/factKeys";

/** The merge keys of agreements and transfers (README, Merge rules), on facts written for this test. */
const id = (nameOrCode: string) => nameOrCode;
const evidence = { text: "", start: 0, end: 0 };
const treaty = (over: Partial<AgreementFact>): AgreementFact => ({
  parties: ["RU", "KP"],
  name: null,
  kind: "treaty",
  status: "signed",
  date: "2024-06-19",
  evidence,
  ...over,
});
const shipment = (over: Partial<TransferFact>): TransferFact => ({
  from: "KP",
  to: "RU",
  items: ["ammunition", "weapons"],
  status: "alleged",
  date: null,
  quantity: null,
  evidence,
  ...over,
});

describe("agreement and transfer keys", () => {
  it("make one agreement of the same parties, kind and month, whatever its name or status", () => {
    const one = agreementId(treaty({ name: "Comprehensive Strategic Partnership Treaty" }), id);
    expect(agreementId(treaty({ parties: ["KP", "RU"], name: "Perjanjian Kemitraan", date: "2024-06" }), id)).toBe(one);
    expect(agreementId(treaty({ status: "ratified" }), id)).toBe(one);
    expect(agreementId(treaty({ date: "2024-07-01" }), id)).not.toBe(one);
    expect(agreementId(treaty({ kind: "memorandum" }), id)).not.toBe(one);
    expect(agreementId(treaty({ parties: ["RU", "BY"] }), id)).not.toBe(one);
  });

  it("make one transfer of the same ends, items and month, whatever its status or quantity", () => {
    const one = transferId(shipment({}), id);
    expect(transferId(shipment({ items: ["weapons", "ammunition"], status: "confirmed", quantity: "many" }), id)).toBe(
      one,
    );
    expect(transferId(shipment({ from: "RU", to: "KP" }), id)).not.toBe(one);
    expect(transferId(shipment({ items: ["troops"] }), id)).not.toBe(one);
    expect(transferId(shipment({ date: "2023-10" }), id)).not.toBe(one);
  });
});
