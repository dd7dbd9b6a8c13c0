import type { Page } from "playwright-core";
import { describeInBrowser, requestsElsewhere, screenshot, waitForText } from "../../support/browser";
import { pagesWithSamples } from "../../support/pages";

/** The graph as data, from the cytoscape instance the page keeps for tests and the console. */
function graphOf(page: Page) {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data("label") as string })),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        kind: e.data("kind") as string,
        source: e.source().id(),
        target: e.target().id(),
        factIds: e.data("factIds") as string[],
      })),
    };
  });
}

/** Clicks the middle of an edge, where a researcher would. */
async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((edgeId) => {
    const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
    const middle = cy.getElementById(edgeId).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + middle.x, y: box.top + middle.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
    const position = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Types into a picker and chooses the suggestion with that name. */
async function pick(page: Page, field: string, text: string, choice: string): Promise<void> {
  await page.locator(field).fill(text);
  await page.locator(`${field}-list .picker-option`, { hasText: choice }).first().click();
}

const state = (page: Page, value: string) =>
  page.locator(`#graph-panel[data-state="${value}"]`).waitFor({ timeout: 60_000 });

/** Opens the explorer on a relationship, as a shared link does, and waits until it is drawn. */
async function open(page: Page, serverUrl: string, search = "a=RU&b=KP"): Promise<void> {
  await page.goto(`${serverUrl}/?${search}`);
  await state(page, "ready");
  await page.locator(".timeline-entry").first().waitFor();
  // Two frames: cytoscape draws (and takes clicks) on the frame after the one that laid it out.
  await page.evaluate(() => {
    const view = globalThis as unknown as { requestAnimationFrame(next: () => void): void };
    const frame = (next: () => void) => view.requestAnimationFrame(next);
    return new Promise<void>((resolve) => frame(() => frame(resolve)));
  });
}

// Each test loads the page and its relationship anew, which a loaded machine can take a minute over.
jest.setTimeout(120_000);

describeInBrowser("the relationship explorer in headless Chromium", () => {
  const session = pagesWithSamples();

  it("starts with a prompt, and finds the two sides by any name through the typeahead", async () => {
    const { page } = session.browser;
    await page.goto(session.server.url);
    await state(page, "idle");
    await waitForText(page.locator("#overlay"), "Pick two countries or leaders");
    await screenshot(page, "explorer-start");
    await pick(page, "#actor-a", "Rus", "Russia"); // the start of a name
    await pick(page, "#actor-b", "Korea Utara", "North Korea"); // Indonesian, through full-text search
    // Hold the answer back a moment to see (and photograph) the loading state.
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("ExplorerRelationship"))
        await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole("button", { name: "Show relationship" }).click();
    await state(page, "loading");
    await waitForText(page.locator("#overlay"), "Loading what links Russia and North Korea");
    await screenshot(page, "explorer-loading");
    await state(page, "ready");
    await page.unroute("**/graphql");
    expect(new URL(page.url()).search).toBe("?a=RU&b=KP");
  });

  it("draws the Russia–North Korea graph of the sample articles: the two states with their people, and typed edges", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    const graph = await graphOf(page);
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toEqual(
      expect.arrayContaining(["Russia", "North Korea", "Vladimir Putin", "Kim Jong Un", "Sergey Lavrov"]),
    );
    expect(new Set(graph.edges.map((e) => e.kind))).toEqual(new Set(["MEETING", "STATEMENT", "SANCTION", "TRANSFER"]));
    const summit = graph.edges.find(
      (e) => e.kind === "MEETING" && [e.source, e.target].sort().join() === "Leader:kim-jong-un,Leader:vladimir-putin",
    );
    expect(summit).toBeDefined();
    await waitForText(page.locator("#summary"), "Russia ↔ North Korea");
    await waitForText(page.locator(".timeline-summary"), "Kim Jong Un and Vladimir Putin met");
    await screenshot(page, "explorer");
  });

  it("draws the alleged shipment as a dashed arrow from North Korea to Russia, and its accusation beside its denial", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    const side = (id: string, code: string) => id === `Box:${code}` || id === `Country:${code}`;
    const shipment = (await graphOf(page)).edges.find(
      (e) => e.kind === "TRANSFER" && side(e.source, "KP") && side(e.target, "RU"),
    )!;
    expect(shipment).toBeDefined();
    const look = await page.evaluate((edgeId) => {
      const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
      const edge = cy.getElementById(edgeId);
      return { line: edge.style("line-style"), arrow: edge.style("target-arrow-shape") };
    }, shipment.id);
    expect(look).toEqual({ line: "dashed", arrow: "triangle-backcurve" });
    // Selected as a tap selects it (a mouse click on the canvas is what the test above checks).
    await page.evaluate((edgeId) => {
      const cy = (globalThis as unknown as { newsgraphGraph: import("cytoscape").Core }).newsgraphGraph;
      cy.getElementById(edgeId).emit("tap");
    }, shipment.id);
    const sources = page.locator("#sources");
    if (shipment.factIds.length > 1)
      await sources.locator(".bundle-entry", { hasText: "allegedly sends ammunition" }).first().click();
    await waitForText(sources, "Contradiction: asserted and denied");
    await waitForText(sources.locator(".claims-asserted"), "United States");
    const denied = (await sources.locator(".claims-denied .claim-who").allTextContents()).join(" ");
    expect(denied).toMatch(/Russia|Dmitry Peskov/);
    await screenshot(page, "explorer-contradiction");
  });

  it("shows the sources of an edge when it is clicked: sentence, article title, outlet, date and link", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    const summit = (await graphOf(page)).edges.find(
      (e) =>
        e.kind === "MEETING" && e.source.startsWith("Leader:") && [e.source, e.target].includes("Leader:kim-jong-un"),
    )!;
    await clickEdge(page, summit.id);
    const sources = page.locator("#sources");
    // Other tests' facts on the shared database may share the line: then it lists them to choose from.
    if (summit.factIds.length > 1) await sources.locator(".bundle-entry", { hasText: "13 Sep 2023" }).click();
    await waitForText(sources, "Kim Jong Un met Russian President Vladimir Putin on Wednesday");
    // .first(): the same article may be in the shared database under another id too (a dev `npm start`).
    const link = sources.getByRole("link", { name: "Kim and Putin hold talks at Russian space base" }).first();
    expect(await link.getAttribute("href")).toBe("https://samples.newsgraph.invalid/en/kim-putin-summit");
    await waitForText(sources, "newsgraph samples · 14 Sep 2023");
    await waitForText(sources, "Kim Jong-un dan Putin bertemu di Vostochny"); // the Indonesian report of the same meeting
    expect(await page.locator('.timeline-entry[aria-pressed="true"]').count()).toBeGreaterThan(0);
    await screenshot(page, "explorer-sources");
  });

  it("shows a fact's sources from the timeline too", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    await page.locator(".timeline-entry", { hasText: "sanctions North Korea" }).first().click();
    await waitForText(page.locator("#sources"), "United Nations sanctions");
    await waitForText(page.locator("#sources"), "nuclear weapons tests");
  });

  it("adds a node's other facts when the node is clicked: exactly those the API lists for it", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    const factIds = async () => new Set((await graphOf(page)).edges.flatMap((e) => e.factIds));
    const before = await factIds();
    const neighbours = page.waitForResponse((r) => r.request().postData()?.includes("ExplorerNeighbours") ?? false);
    await clickNode(page, "Country:US");
    const lists = (await (await neighbours).json()).data as Record<string, { nodes: Array<{ id: string }> }>;
    await waitForText(page.locator("#summary"), "expanded: United States", 60_000);
    const listed = Object.values(lists).flatMap((list) => list.nodes.map((fact) => fact.id));
    // Some are new (the sample "US announces new sanctions on Russia" is no Russia–North Korea fact) …
    expect(listed.filter((id) => !before.has(id)).length).toBeGreaterThan(0);
    // … and the graph is what it was and those, nothing else.
    expect([...(await factIds())].sort()).toEqual([...new Set([...before, ...listed])].sort());
    await page.getByRole("button", { name: "Undo expansions" }).click();
    await state(page, "ready");
  });

  it("filters by date: from October 2023 the September summit is gone, Lavrov's visit stays", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    await page.locator("#from").fill("2023-10");
    await page.getByRole("button", { name: "Show relationship" }).click();
    await waitForText(page.locator("#summary"), "Russia ↔ North Korea");
    await state(page, "ready");
    const dates = await page.locator(".timeline-date").allTextContents();
    expect(dates.filter((d) => d !== "undated").every((d) => /Oct 2023|Nov 2023|Dec 2023|202[4-9]/.test(d))).toBe(true);
    await waitForText(page.locator(".timeline-summary"), "Sergey Lavrov");
  });

  it("says when nothing links the two in the range", async () => {
    const { page } = session.browser;
    await open(page, session.server.url);
    await page.locator("#from").fill("1990");
    await page.locator("#to").fill("1991");
    await page.getByRole("button", { name: "Show relationship" }).click();
    await state(page, "empty");
    await waitForText(page.locator("#overlay"), "Nothing links Russia and North Korea");
    await screenshot(page, "explorer-empty");
  });

  it("shows the API's error legibly, naming the value", async () => {
    const { page } = session.browser;
    await page.goto(`${session.server.url}/?a=Russia&b=Atlantis`);
    await state(page, "error");
    await waitForText(page.locator("#message"), "Atlantis");
    expect(await page.locator("#message").innerText()).toMatch(/could not be loaded: .*Atlantis.*\(BAD_USER_INPUT\)/);
    await screenshot(page, "explorer-error");
  });

  it("asks nothing of any other host, and breaks no rule of its content security policy", async () => {
    const { page, requests, problems } = session.browser;
    requests.length = 0;
    problems.length = 0;
    await open(page, session.server.url);
    await page.locator(".timeline-entry").first().click();
    await page.locator("#sources .sources-count").first().waitFor();
    expect(session.browser.requests.length).toBeGreaterThan(5);
    expect(requestsElsewhere(session.browser.requests, session.server.url)).toEqual([]);
    expect(session.browser.problems.filter((p) => /Content Security Policy|page error/.test(p))).toEqual([]);
  });
});
