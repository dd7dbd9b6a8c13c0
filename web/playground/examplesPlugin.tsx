import { StarIcon, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from "@graphiql/react";
import type { Example } from "./examples";

/**
 * A sidebar list of the example operations. The examples also open as tabs on a first visit, but
 * GraphiQL keeps a returning visitor's own tabs instead: this list keeps the examples one click away.
 */
export function examplesPlugin(examples: Example[], problem: string | undefined): GraphiQLPlugin {
  return { title: "Examples", icon: StarIcon, content: () => <ExampleList examples={examples} problem={problem} /> };
}

function ExampleList({ examples, problem }: { examples: Example[]; problem: string | undefined }) {
  const { addTab, changeTab } = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);

  const open = (example: Example) => {
    const existing = tabs.findIndex((tab) => tab.query?.trim() === example.query.trim());
    if (existing >= 0) return changeTab(existing);
    addTab();
    queryEditor?.setValue(example.query);
  };

  return (
    <section className="examples" aria-label="Example operations">
      <div className="graphiql-doc-explorer-title">Examples</div>
      {problem && (
        <p className="examples-problem" role="alert">
          {problem}
        </p>
      )}
      {examples.length === 0 && !problem && (
        <p className="examples-none">This server has no schema/examples.graphql.</p>
      )}
      <ul>
        {examples.map((example) => (
          <li key={example.name}>
            <button type="button" className="examples-open" onClick={() => open(example)}>
              <span className="examples-name">{example.name}</span>
              {example.description && <span className="examples-description">{example.description}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
