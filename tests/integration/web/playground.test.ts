import fs from "node:fs";
import path from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import type { Page } from "playwright-core";
import { describeInBrowser, requestsElsewhere, screenshot, waitForText } from "../../support/browser";
import { pagesWithSamples } from "../../support/pages";

const examples = parse(fs.readFileSync(path.resolve(__dirname, "../../../schema/examples.graphql"), "utf8"))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

/**
 * Opens the playground as on a first visit: GraphiQL keeps its tabs in the page's storage, which
 * an earlier test in the same browser profile would otherwise have left behind.
 */
async function openFirstVisit(page: Page, serverUrl: string): Promise<void> {
  await page.goto(`${serverUrl}/playground`);
  await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  await page.reload();
  await page.locator(".examples-open").first().waitFor();
  // A first visit opens on the first example, ready to run: wait until it is in the editor.
  await waitForText(page.locator(".graphiql-tab").first(), examples[0], 30_000);
  await waitForText(page.locator(".graphiql-query-editor .view-lines"), examples[0], 30_000);
}

// Each test loads the playground anew, which a loaded machine can take a minute over.
jest.setTimeout(120_000);

describeInBrowser("the playground in headless Chromium", () => {
  const session = pagesWithSamples();

  it("loads GraphiQL with the example operations, runs the first and shows its result", async () => {
    const { page } = session.browser;
    await openFirstVisit(page, session.server.url);
    // The examples list, one entry per operation of schema/examples.graphql.
    expect(await page.locator(".examples-name").allTextContents()).toEqual(examples);
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response .view-lines");
    await response.filter({ hasText: '"data"' }).waitFor({ timeout: 60_000 });
    expect(await response.innerText()).toContain("Russia");
    expect(await response.innerText()).not.toContain('"errors"');
    await screenshot(page, "playground");
  });

  it("opens another example in its own tab from the list", async () => {
    const { page } = session.browser;
    await openFirstVisit(page, session.server.url);
    const other = examples[examples.length - 1];
    await page.locator(".examples-open", { hasText: other }).click();
    await waitForText(page.locator(".graphiql-tab-active"), other, 30_000);
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response .view-lines").filter({ hasText: '"data"' }).waitFor({ timeout: 60_000 });
  });

  it("has the docs explorer, from the schema of this server", async () => {
    const { page } = session.browser;
    await openFirstVisit(page, session.server.url);
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("relationship", { exact: false }).first().waitFor();
  });

  it("asks nothing of any other host, and breaks no rule of its content security policy", async () => {
    const { page, requests, problems } = session.browser;
    requests.length = 0;
    problems.length = 0;
    await openFirstVisit(page, session.server.url);
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response .view-lines").filter({ hasText: '"data"' }).waitFor({ timeout: 60_000 });
    expect(session.browser.requests.length).toBeGreaterThan(3);
    expect(requestsElsewhere(session.browser.requests, session.server.url)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });
});
