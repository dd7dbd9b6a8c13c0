import type { Page } from "playwright-core";
import type { ArticleInput } from "../../../src/ingestion/articleInput";
import {
  describeInBrowser,
  openBrowser,
  pagesOnArticles,
  waitForText,
  type BrowserSession,
} from "../../support/browser";
import { graphql } from "../../support/http";

/**
 * Clicking a node adds its agreements and transfers too, whatever kind of actor it is: here an
 * organization, the European Union, whose relationship with Ukraine is the association agreement
 * of June 2014, and whose economic partnership agreement with Japan (July 2018) the click adds.
 * Both real, in this project's words; no other test writes them. (Before, an organization's
 * expansion failed outright: its query left the meeting fragment unused, which validation refuses.)
 */
const articles: ArticleInput[] = [
  {
    id: "fixture-explorer-expansion-ukraine",
    language: "en",
    publishedAt: "2014-06-28T08:00:00Z",
    title: "Kyiv signs with Brussels",
    text: "The European Union and Ukraine signed an association agreement in Brussels on 27 June 2014.",
  },
  {
    id: "fixture-explorer-expansion-japan",
    language: "en",
    publishedAt: "2018-07-18T08:00:00Z",
    title: "A trade pact in Tokyo",
    text: "The European Union and Japan signed an economic partnership agreement in Tokyo on 17 July 2018.",
  },
];

/** The fact ids on the graph's edges, from the cytoscape instance the page keeps for tests. */
const factIds = (page: Page) =>
  page.evaluate(() => {
    const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
    return [
      ...new Set(
        cy
          .edges()
          .map((e) => e.data("factIds") as string[])
          .flat(),
      ),
    ].sort();
  });

async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
    const position = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

jest.setTimeout(120_000);

describeInBrowser("the explorer's expansion of an organization", () => {
  const session = pagesOnArticles(articles);
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("adds its agreements when the node is clicked, as a country's are", async () => {
    const { body } = await graphql(
      session.server.url,
      `
        {
          ukraine: relationship(a: "EU", b: "UA") {
            agreements {
              id
            }
          }
          japan: relationship(a: "EU", b: "JP") {
            agreements {
              id
            }
          }
        }
      `,
    );
    const [withUkraine] = body.data.ukraine.agreements.map((g: { id: string }) => g.id);
    const [withJapan] = body.data.japan.agreements.map((g: { id: string }) => g.id);
    const { page } = browser;
    await page.goto(`${session.server.url}/?a=EU&b=UA`);
    await page.locator(`#graph-panel[data-state="ready"]`).waitFor({ timeout: 60_000 });
    // Two frames: cytoscape draws (and takes clicks) on the frame after the one that laid it out.
    await page.evaluate(() => {
      const view = globalThis as unknown as { requestAnimationFrame(next: () => void): void };
      const frame = (next: () => void) => view.requestAnimationFrame(next);
      return new Promise<void>((resolve) => frame(() => frame(resolve)));
    });
    const before = await factIds(page);
    expect(before).toContain(withUkraine);
    expect(before).not.toContain(withJapan);
    await clickNode(page, "Organization:EU");
    await waitForText(page.locator("#summary"), "expanded: European Union", 60_000);
    expect(await factIds(page)).toContain(withJapan);
  });
});
