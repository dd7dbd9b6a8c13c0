import fs from "node:fs";
import path from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { startServer, type Server } from "../../../src/api/server";
import type { Database } from "../../../src/graph/database";
import { describeInBrowser, openBrowser, requestsElsewhere, requireBuiltPages, screenshot, waitForText, type BrowserSession } from "../../support/browser";
import { testDatabase } from "../../support/database";
import { ingestSamples } from "../../support/samples";

const examples = parse(fs.readFileSync(path.resolve(__dirname, "../../../schema/examples.graphql"), "utf8"))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

describeInBrowser("the playground in headless Chromium", () => {
  let db: Database;
  let server: Server;
  let removeSamples: () => Promise<void>;
  let browser: BrowserSession;
  beforeAll(async () => {
    requireBuiltPages();
    db = testDatabase();
    removeSamples = await ingestSamples(db);
    server = await startServer(db, 0, "127.0.0.1", { playground: true });
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await removeSamples?.();
    await db?.close();
  });

  it("loads GraphiQL with the example operations, runs the first and shows its result", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/playground`);
    // The examples list, one entry per operation of schema/examples.graphql.
    await page.locator(".examples-open").first().waitFor();
    expect(await page.locator(".examples-name").allTextContents()).toEqual(examples);
    // A first visit opens on the first example, ready to run.
    await waitForText(page.locator(".graphiql-tab").first(), examples[0]);
    await waitForText(page.locator(".graphiql-query-editor .view-lines"), examples[0]);
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response .view-lines");
    await response.filter({ hasText: '"data"' }).waitFor({ timeout: 20_000 });
    expect(await response.innerText()).toContain("Russia");
    expect(await response.innerText()).not.toContain('"errors"');
    await screenshot(page, "playground");
  }, 60_000);

  it("opens another example in its own tab from the list", async () => {
    const { page } = browser;
    const other = examples[examples.length - 1];
    await page.locator(".examples-open", { hasText: other }).click();
    await waitForText(page.locator(".graphiql-tab-active"), other);
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response .view-lines").filter({ hasText: '"data"' }).waitFor({ timeout: 20_000 });
  }, 60_000);

  it("has the docs explorer, from the schema of this server", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("relationship", { exact: false }).first().waitFor();
  });

  it("asked nothing of any other host, and broke no rule of its content security policy", () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(requestsElsewhere(browser.requests, server.url)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
