import { COPY_SIMILARITY } from "../../src/graph/linkCopies";
import { BANDS, ROWS, estimatedSimilarity, textSignature } from "../../src/ingestion/textSignature";

// Sentences of our own about the G20 summit New Delhi hosted in September 2023.
const story =
  "Leaders of the Group of Twenty gathered in New Delhi on 9 September 2023 for a two-day summit hosted by India. " +
  "The host pressed for a joint text on debt relief for poorer states and on the financing of cleaner energy. " +
  "Delegates said the African Union would join the group as a permanent member, a change India had argued for. " +
  "Talks on the wording about the war in Ukraine ran late into the night before a compromise was found.";
const other =
  "India welcomed heads of government to its capital for the G20 meeting that opened on 9 September 2023. " +
  "Officials from several delegations described long talks over the language on Ukraine and over climate money. " +
  "The African Union was admitted as a permanent member, which the Indian prime minister called a historic step.";

describe("textSignature", () => {
  it("is the same for the same text, and gives one key per band", () => {
    const a = textSignature(story)!;
    expect(textSignature(story)).toEqual(a);
    expect(a.bands).toHaveLength(BANDS);
    expect(new Set(a.bands.map((band) => band.split(":")[0])).size).toBe(BANDS);
  });

  it("finds a retitled copy with a few words changed and boilerplate added, but not another report of the event", () => {
    const copy =
      "Reprinted from our wire partner. " + story.replace("pressed for", "argued for").replace("late", "long");
    const original = textSignature(story)!;
    const copied = textSignature(copy)!;
    expect(estimatedSimilarity(original.minHashes, copied.minHashes)).toBeGreaterThanOrEqual(COPY_SIMILARITY);
    expect(original.bands.some((band) => copied.bands.includes(band))).toBe(true);
    expect(estimatedSimilarity(original.minHashes, textSignature(other)!.minHashes)).toBeLessThan(COPY_SIMILARITY);
  });

  it("has no signature for a text without words, and one for a text shorter than a shingle", () => {
    expect(textSignature("… — !")).toBeNull();
    expect(textSignature("Summit ends")?.minHashes).toHaveLength(BANDS * ROWS);
  });
});
