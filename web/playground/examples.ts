import { Kind, parse, visit, type DefinitionNode, type DocumentNode } from "graphql";

/** One ready-to-run operation of schema/examples.graphql. */
export interface Example {
  name: string;
  /** The comment lines just above it, without the `#`. */
  description: string;
  /** Its text (with its comment and the fragments it uses), as a tab's contents. */
  query: string;
}

/**
 * Splits an examples file into one example per operation. Each keeps the comment written above
 * it and gets the fragments it uses appended, so that every tab runs on its own.
 */
export function splitExamples(source: string): Example[] {
  const document = parse(source);
  const fragments = new Map<string, DefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const examples: Example[] = [];
  let previousEnd = 0;
  for (const definition of document.definitions) {
    const start = definition.loc!.start;
    const comment = commentAbove(source.slice(previousEnd, start));
    previousEnd = definition.loc!.end;
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const used = [...fragmentsUsed(definition, fragments)].map((name) => text(source, fragments.get(name)!));
    const name = definition.name?.value ?? `Example ${examples.length + 1}`;
    const description = comment
      .map((line) => line.replace(/^#\s?/, ""))
      .join(" ")
      .trim();
    examples.push({
      name,
      description,
      query: [...comment, text(source, definition), ...used].join("\n").trim() + "\n",
    });
  }
  return examples;
}

/** The run of `#` lines that ends right above a definition. */
function commentAbove(between: string): string[] {
  const lines = between.split("\n").map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const comment: string[] = [];
  while (lines.length > 0 && lines[lines.length - 1].startsWith("#")) comment.unshift(lines.pop()!);
  return comment;
}

/** The names of the fragments `root` spreads, directly or through other fragments. */
function fragmentsUsed(root: DefinitionNode, fragments: Map<string, DefinitionNode>): Set<string> {
  const used = new Set<string>();
  const walk = (node: DefinitionNode | DocumentNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name) || !fragments.has(name)) return;
        used.add(name);
        walk(fragments.get(name)!);
      },
    });
  walk(root);
  return used;
}

const text = (source: string, node: DefinitionNode) => source.slice(node.loc!.start, node.loc!.end);
