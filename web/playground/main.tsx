import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./playground.css";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { createRoot } from "react-dom/client";
import { postGraphQL } from "../shared/postGraphQL";
import { splitExamples, type Example } from "./examples";
import { examplesPlugin } from "./examplesPlugin";

const welcome = `# Welcome to the newsgraph playground.
#
# Write a query here and run it with Ctrl-Enter. The docs (book icon, left) list every
# type and field; the star opens the example operations; the clock, your history.
{
  status { version neo4jVersion }
}
`;

/** schema/examples.graphql as served by newsgraph; no examples (and why) when it cannot be had. */
async function loadExamples(): Promise<{ examples: Example[]; problem?: string }> {
  try {
    const response = await fetch("/playground/examples.graphql");
    if (response.status === 404) return { examples: [] };
    if (!response.ok) return { examples: [], problem: `The examples could not be loaded (HTTP ${response.status}).` };
    return { examples: splitExamples(await response.text()) };
  } catch (error) {
    return { examples: [], problem: `schema/examples.graphql could not be read: ${(error as Error).message}` };
  }
}

/**
 * GraphiQL gives a side panel a third of the width, which leaves the query editor narrow beside the
 * examples list; a first visit starts with a narrower panel. A width the visitor drags is kept.
 */
function narrowSidePanel(): void {
  try {
    if (localStorage.getItem("graphiql:docExplorerFlex") === null)
      localStorage.setItem("graphiql:docExplorerFlex", "0.28");
  } catch {
    // Storage may be off (private mode): GraphiQL's default then.
  }
}

async function main(): Promise<void> {
  narrowSidePanel();
  const { examples, problem } = await loadExamples();
  const plugins = [examplesPlugin(examples, problem), HISTORY_PLUGIN];
  createRoot(document.getElementById("playground")!).render(
    <GraphiQL
      fetcher={(params, options) =>
        postGraphQL(params, { headers: options?.headers as Record<string, string> | undefined })
      }
      defaultQuery={welcome}
      // A first visit opens on the first example; the star lists them all (fourteen tabs would not fit).
      defaultTabs={examples.length > 0 ? [{ query: examples[0].query }] : undefined}
      plugins={plugins}
      visiblePlugin={plugins[0]}
      defaultEditorToolsVisibility={false}
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a className="playground-home" href="/" title="The relationship explorer">
          newsgraph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}

void main();
