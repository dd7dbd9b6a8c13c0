import fs from "node:fs";
import path from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { describeInBrowser, requestsElsewhere, screenshot, waitForText } from "../../support/browser";
import { pagesWithSamples } from "../../support/pages";

const examples = parse(fs.readFileSync(path.resolve(__dirname, "../../../schema/examples.graphql"), "utf8"))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

describeInBrowser("the playground in headless Chromium", () => {
  const session = pagesWithSamples();

  it("loads GraphiQL with the example operations, runs the first and shows its result", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/playground`);
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
    const { page } = session.browser;
    const other = examples[examples.length - 1];
    await page.locator(".examples-open", { hasText: other }).click();
    await waitForText(page.locator(".graphiql-tab-active"), other);
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".graphiql-response .view-lines").filter({ hasText: '"data"' }).waitFor({ timeout: 20_000 });
  }, 60_000);

  it("has the docs explorer, from the schema of this server", async () => {
    const { page } = session.browser;
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("relationship", { exact: false }).first().waitFor();
  });

  it("asked nothing of any other host, and broke no rule of its content security policy", () => {
    expect(session.browser.requests.length).toBeGreaterThan(3);
    expect(requestsElsewhere(session.browser.requests, session.server.url)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });
});
