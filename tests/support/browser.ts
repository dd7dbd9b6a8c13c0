import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page, type Request } from "playwright-core";
import { webRoot } from "../../src/api/webPages";
import type { ArticleInput } from "../../src/ingestion/articleInput";
import { articleSteps, inProcessServer, type ServerSession } from "./inProcessServer";

/**
 * Headless Chromium for the browser tests: Debian's `chromium` package driven by playwright-core
 * (playwright's own browser download cannot work on a closed network). When it is missing, the
 * first test file to ask runs scripts/install-browser.sh; the tests skip only when that fails, and
 * fail instead under CI=true.
 */
const executablePath = "/usr/bin/chromium";
const installScript = path.resolve(__dirname, "../../scripts/install-browser.sh");

/** Without the background-networking flags Chromium calls home, which floods a closed network. */
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const artifacts = path.resolve(__dirname, "../artifacts");

/** Why there is no browser, or undefined when there is one (installing it if need be). */
export function browserUnavailable(): string | undefined {
  if (isExecutable(executablePath)) return undefined;
  spawnSync("bash", [installScript], { stdio: ["ignore", "ignore", "inherit"], timeout: 10 * 60_000 });
  if (isExecutable(executablePath)) return undefined;
  return `no headless Chromium at ${executablePath}, and scripts/install-browser.sh could not install Debian's chromium`;
}

/** `describe`, or `describe.skip` with the reason in its title when no browser can be had. */
export function describeInBrowser(title: string, body: () => void): void {
  const reason = browserUnavailable();
  // CI must run the browser tests, not pass without them.
  if (reason && process.env.CI === "true") throw new Error(`The browser tests cannot run under CI=true: ${reason}.`);
  if (reason) {
    console.warn(`Skipping the browser tests: ${reason}.`);
    describe.skip(`${title} (skipped: ${reason})`, body);
  } else {
    describe(title, body);
  }
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the pages and their workers asked for. */
  requests: string[];
  /** Uncaught exceptions and console errors (a CSP violation is one). */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile with one page, recording every request it makes. */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const requests: string[] = [];
  const problems: string[] = [];
  const seen = new Set<Request>();
  const record = (request: Request) => {
    if (!seen.has(request)) requests.push(request.url());
    seen.add(request);
  };
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("request", record);
  // The context also sees what other pages (a link opened in a new tab) and service workers ask for.
  context.on("request", record);
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return {
    context,
    page,
    requests,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The requests that went anywhere but `serverUrl` (data: and blob: URLs stay in the page). */
export function requestsElsewhere(requests: string[], serverUrl: string): string[] {
  const origin = new URL(serverUrl).origin;
  return requests.filter(
    (url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin,
  );
}

/** Waits until `locator` (its first match) shows `text`: playwright-core has no web-first `expect`. */
export async function waitForText(locator: Locator, text: string, timeout = 10_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The pages `npm run build` makes (`npm test` builds first); a clear failure without them. */
export function requireBuiltPages(): void {
  for (const page of ["explorer/index.html", "playground/index.html"]) {
    if (!fs.existsSync(path.join(webRoot, page)))
      throw new Error(`dist/web/${page} is missing: run \`npm run build\` (npm test does) before these tests.`);
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A server with the built pages and the playground, these articles ingested before it starts and deleted after. */
export function pagesOnArticles(articles: ArticleInput[]): ServerSession {
  const steps = articleSteps(articles);
  return inProcessServer({
    setUp: async (db) => {
      requireBuiltPages();
      await steps.setUp!(db);
    },
    tearDown: steps.tearDown,
    options: { playground: true },
  });
}
