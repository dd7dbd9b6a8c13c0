import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";

export interface OperationSize {
  /** The deepest field nesting (introspection excluded). */
  depth: number;
  /** How many fields are aliased. */
  aliases: number;
  /** An estimate of the nodes it may return: a field counts once per parent, lists by their `first`. */
  cost: number;
}

/** What a list without a `first` argument (a meeting's participants, a fact's sources) counts as. */
const unboundedListSize = 10;

/**
 * Measures an operation before it runs, so the limits can refuse it without touching Neo4j.
 * Introspection (`__schema`, `__type`) is not counted: GraphiQL's own query is deep but cheap.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const size: OperationSize = { depth: 0, aliases: 0, cost: 0 };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, 1, 1, unboundedListSize);
  return size;

  /** `listSize`: what the parent's lists without a `first` hold (relationship's `first` sizes its lists). */
  function walk(selections: SelectionSetNode, parent: GraphQLCompositeType, depth: number, multiplier: number, listSize: number): void {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isCompositeType(type)) walk(fragment.selectionSet, type, depth, multiplier, listSize);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) walk(selection.selectionSet, type, depth, multiplier, listSize);
        continue;
      }
      if (selection.name.value.startsWith("__")) continue;
      if (selection.alias) size.aliases++;
      const field = "getFields" in parent ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const first = selection.arguments?.find((arg) => arg.name.value === "first");
      const firstValue = first ? Number(valueFromASTUntyped(first.value, variables)) : field.args.find((arg) => arg.name === "first")?.defaultValue;
      // A connection's `nodes`/`edges` are already counted by the `first` of the field that returned it.
      const list = isListType(getNullableType(field.type)) && !parent.name.endsWith("Connection");
      const type = getNamedType(field.type);
      const sized = typeof firstValue === "number" && firstValue > 0;
      // An object with a `first` (relationship) is one item whose lists hold `first` each.
      const holder = sized && !list && !type.name.endsWith("Connection");
      const items = holder ? 1 : sized ? firstValue : list ? listSize : 1;
      size.cost += multiplier * items;
      size.depth = Math.max(size.depth, depth);
      const childLists = holder ? firstValue : unboundedListSize;
      if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type, depth + 1, multiplier * items, childLists);
    }
  }
}
