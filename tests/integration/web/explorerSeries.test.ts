import fs from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import type { ArticleInput } from "../../../src/ingestion/articleInput";
import {
  describeInBrowser,
  openBrowser,
  pagesOnArticles,
  screenshot,
  type BrowserSession,
} from "../../support/browser";
import { graphql } from "../../support/http";

/**
 * Issue #17, the explorer's chart and CSV download: India and Australia in 2023, as these
 * articles (this project's own words about real events) tell it — Albanese's visit to New Delhi
 * in March, with Australia's backing for India's seat on the Security Council the same day, and
 * Modi's visit to Sydney in May. The chart is checked against the API's own series and the saved
 * files against the server's /export/*.csv, parsed with a real CSV parser.
 */
const articles: ArticleInput[] = [
  {
    id: "fixture-explorer-series-delhi",
    language: "en",
    publishedAt: "2023-03-10T10:00:00Z",
    title: "A guest in Delhi",
    text:
      "Anthony Albanese held talks with Narendra Modi in New Delhi on 10 March 2023. " +
      "Australia said on Friday that it supports India's bid for a permanent seat on the UN Security Council.",
  },
  {
    id: "fixture-explorer-series-sydney",
    language: "en",
    publishedAt: "2023-05-24T10:00:00Z",
    title: "Two leaders in Sydney",
    text: "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on 24 May 2023.",
  },
];
const view = "a=IN&b=AU&from=2023-01&to=2023-12";

type Bucket = { bucket: string; meetings: number; statements: number };

async function open(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?${view}`);
  await page.locator(`#graph-panel[data-state="ready"]`).waitFor({ timeout: 60_000 });
  await page.locator(".series-month").first().waitFor();
}

const timelineDates = (page: Page) => page.locator(".timeline-entry .timeline-date").allTextContents();

/** Clicks a download button and returns the saved file, parsed: its header and its rows. */
async function download(page: Page, list: string): Promise<{ header: string[]; rows: string[][] }> {
  const [saved] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-list="${list}"]`).click()]);
  const [header, ...rows] = parse(fs.readFileSync((await saved.path())!, "utf8")) as string[][];
  return { header, rows };
}

/** The server's own export of a list, filtered to 2023, parsed the same way. */
async function serverExport(url: string, list: string, country: string) {
  const response = await fetch(`${url}/export/${list}.csv?country=${country}&from=2023-01&to=2023-12`);
  const [header, ...rows] = parse(await response.text()) as string[][];
  return { header, rows: new Map(rows.map((row) => [row[0], row])) };
}

jest.setTimeout(180_000);

describeInBrowser("the explorer's chart of months and its CSV download", () => {
  const session = pagesOnArticles(articles);
  let browser: BrowserSession;
  let series: Bucket[];
  beforeAll(async () => {
    browser = await openBrowser();
    const { body } = await graphql(
      session.server.url,
      `
        {
          relationship(a: "IN", b: "AU", from: "2023-01", to: "2023-12") {
            series(interval: MONTH) {
              bucket
              meetings
              statements
            }
          }
        }
      `,
    );
    series = body.data.relationship.series;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("draws a bar for every month of the series, and one to click for each month with facts", async () => {
    const march = series.find((b) => b.bucket === "2023-03")!;
    const may = series.find((b) => b.bucket === "2023-05")!;
    expect([march.meetings, march.statements, may.meetings]).toEqual([1, 1, 1]);
    const { page } = browser;
    await open(page, session.server.url);
    const months = await page.locator(".series-month").evaluateAll((columns) =>
      columns.map((c) => ({
        bucket: c.getAttribute("data-bucket"),
        clickable: c.getAttribute("role") === "button",
        kinds: [...c.querySelectorAll("[data-kind]")].map((bar) => bar.getAttribute("data-kind")),
      })),
    );
    expect(months.map((m) => m.bucket)).toEqual(series.map((b) => b.bucket));
    for (const [i, bucket] of series.entries()) {
      const kinds = (["meetings", "statements"] as const).filter((kind) => bucket[kind] > 0);
      expect(months[i].kinds).toEqual(expect.arrayContaining(kinds));
      expect(months[i].clickable).toBe(kinds.length > 0);
    }
    expect(months.find((m) => m.bucket === "2023-03")!.kinds).toEqual(["meetings", "statements"]);
  });

  it("narrows the timeline to the month clicked, and shows every fact again on a second click", async () => {
    const { page } = browser;
    await open(page, session.server.url);
    const all = await timelineDates(page);
    expect(all).toEqual(expect.arrayContaining(["10 Mar 2023", "24 May 2023"]));
    const may = page.locator('.series-month[data-bucket="2023-05"]');
    await may.click();
    await page.locator('.series-month[data-bucket="2023-05"][aria-pressed="true"]').waitFor();
    const inMay = await timelineDates(page);
    expect(inMay.length).toBeGreaterThan(0);
    expect(inMay.every((date) => date.endsWith("May 2023"))).toBe(true);
    expect(inMay.length).toBe(all.filter((date) => date.endsWith("May 2023")).length);
    expect(await page.locator("#month-filter").textContent()).toContain("May 2023 only");
    await screenshot(page, "explorer-series-month");
    await may.click();
    await page.locator('.series-month[data-bucket="2023-05"][aria-pressed="false"]').waitFor();
    expect(await timelineDates(page)).toEqual(all);
    expect(await page.locator("#month-filter").isHidden()).toBe(true);
  });

  it("saves the view's statements and meetings with the columns and rows of the server's export, one month's when one is chosen", async () => {
    const { page } = browser;
    const url = session.server.url;
    await open(page, url);
    for (const [list, label] of [
      ["statements", "Statement"],
      ["meetings", "Meeting"],
    ]) {
      const saved = await download(page, list);
      const exported = await serverExport(url, list, "AU");
      expect(saved.header).toEqual(exported.header);
      const entries = page.locator(".timeline-entry", { has: page.locator(".kind-badge", { hasText: label }) });
      expect(saved.rows.length).toBe(await entries.count());
      for (const row of saved.rows) expect(row).toEqual(exported.rows.get(row[0]));
    }
    await page.locator('.series-month[data-bucket="2023-03"]').click();
    await page.locator('[data-list="meetings"]', { hasText: "(1)" }).waitFor();
    const march = await download(page, "meetings");
    expect(march.rows.map((row) => row[1])).toEqual(["2023-03-10"]);
  });
});
