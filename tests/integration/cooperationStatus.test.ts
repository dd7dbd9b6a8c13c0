import { deleteArticle } from "../../src/graph/deleteArticle";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { ingestArticles } from "../../src/ingestion/ingestArticles";
import { apiOnArticles } from "./queries/harness";

/**
 * An agreement's and a transfer's status is the most recently published report's, and deleting
 * that article gives back the status the remaining reports give (README, "Merge rules"), as a
 * meeting's does. Real events between Iran and Russia, in this project's words: the American
 * accusation of October 2022 that Iran sent drones to Russia and Iran's admission in November that
 * it had sent a few; the partnership treaty the two signed in January 2025 and Russia ratified in
 * April. No other test writes Iran.
 */
const articles: ArticleInput[] = [
  {
    id: "fixture-cooperation-status-accused",
    language: "en",
    publishedAt: "2022-10-21T08:00:00Z",
    title: "Washington on Iranian drones",
    text: "The United States accused Iran of sending drones to Russia.",
  },
  {
    id: "fixture-cooperation-status-admitted",
    language: "en",
    publishedAt: "2022-11-06T08:00:00Z",
    title: "Tehran admits an early shipment",
    text: "Iranian Foreign Minister Hossein Amir-Abdollahian confirmed that Iran had sent a small number of drones to Russia.",
  },
  {
    id: "fixture-cooperation-status-signed",
    language: "en",
    publishedAt: "2025-01-18T08:00:00Z",
    title: "A treaty in Moscow",
    text: "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on 17 January 2025.",
  },
  {
    id: "fixture-cooperation-status-ratified",
    language: "en",
    publishedAt: "2025-04-09T08:00:00Z",
    title: "The Duma approves",
    text: "The Russian parliament ratified the comprehensive strategic partnership treaty with Iran on 8 April 2025.",
  },
];
const later = [articles[1], articles[3]];

const api = apiOnArticles(articles);
const statuses = async () => {
  const { relationship } = await api.query(`{
    relationship(a: "Iran", b: "Russia") { agreements { id status } transfers { id status } }
  }`);
  return relationship;
};

describe("the status of agreements and transfers", () => {
  it("is the latest report's, and goes back to the remaining reports' when that article is deleted", async () => {
    const agreement = await api.fact("Agreement", [articles[2].id!, articles[3].id!]);
    const transfer = await api.fact("Transfer", [articles[0].id!, articles[1].id!]);
    expect(await statuses()).toEqual({
      agreements: [{ id: agreement.id, status: "RATIFIED" }],
      transfers: [{ id: transfer.id, status: "CONFIRMED" }],
    });
    for (const article of later) expect(await deleteArticle(api.db, article.id!)).toBe(true);
    expect(await statuses()).toEqual({
      agreements: [{ id: agreement.id, status: "SIGNED" }],
      transfers: [{ id: transfer.id, status: "ALLEGED" }],
    });
    // Written again, the later reports give their status back.
    for (const outcome of await ingestArticles(api.db, later)) expect(outcome.ok).toBe(true);
    expect(await statuses()).toEqual({
      agreements: [{ id: agreement.id, status: "RATIFIED" }],
      transfers: [{ id: transfer.id, status: "CONFIRMED" }],
    });
  });
});
