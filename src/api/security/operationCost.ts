import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import { maxPageSize } from "../../graph/page";
import { defaultListCap, listCaps } from "./listCaps";

export interface OperationSize {
  /** The deepest field nesting (an introspection field counts as one level). */
  depth: number;
  /** How many fields are aliased, each time a fragment is spread. */
  aliases: number;
  /**
   * An upper bound of the items it may return: a field counts once per parent; a list by its
   * `first`, or by its cap (listCaps) when it has none; an introspection field by the schema's size.
   */
  cost: number;
  /** Selections the measure looked at: each fragment is measured once, so this is linear in the document. */
  visits: number;
  /** Selections written in the document (fields, spreads, inline fragments), in every definition. */
  selections: number;
}

/** The measure of a selection set for one parent item. */
interface Unit {
  depth: number;
  aliases: number;
  cost: number;
}

/** A relationship's timeline holds its five dated lists: up to five times its `first`. */
const holderListFactor: Record<string, number> = { timeline: 5 };

/**
 * Measures an operation before it is validated or run, so the limits can refuse it without
 * touching Neo4j or spending CPU on validation. Work is linear in the document: a fragment's
 * measure is remembered (per list context), not walked again at every spread — fragments that
 * spread each other twice, 27 levels deep, would otherwise be walked 2^27 times.
 *
 * It runs before validation, so it tolerates what validation will refuse: unknown fields and
 * fragments count nothing, and a fragment cycle counts nothing the second time round.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      defaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
  }
  const memo = new Map<string, Unit>();
  const inProgress = new Set<string>();
  let visits = 0;
  const root = schema.getRootType(operation.operation);
  const unit = root ? measure(operation.selectionSet, root, undefined) : { depth: 0, aliases: 0, cost: 0 };
  return { ...unit, visits, selections: countSelections(document) };

  /** `listSize`: what the parent's lists without `first` hold when the parent has a `first` (relationship). */
  function measure(selections: SelectionSetNode, parent: GraphQLCompositeType, listSize: number | undefined): Unit {
    const total: Unit = { depth: 0, aliases: 0, cost: 0 };
    const add = (part: Unit) => {
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.cost += part.cost;
    };
    for (const selection of selections.selections) {
      visits++;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(spread(selection.name.value, listSize));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) add(measure(selection.selectionSet, type, listSize));
      } else {
        add(field(selection, parent, listSize));
      }
    }
    return total;
  }

  function spread(name: string, listSize: number | undefined): Unit {
    const key = `${name}:${listSize ?? ""}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !isCompositeType(type) || inProgress.has(key)) return { depth: 0, aliases: 0, cost: 0 };
    inProgress.add(key);
    const unit = measure(fragment.selectionSet, type, listSize);
    inProgress.delete(key);
    memo.set(key, unit);
    return unit;
  }

  function field(selection: FieldNode, parent: GraphQLCompositeType, listSize: number | undefined): Unit {
    const name = selection.name.value;
    const aliases = selection.alias ? 1 : 0;
    // Introspection answers grow with the schema, not the graph: each such field costs the schema's size.
    if (name === "__schema" || name === "__type") return { depth: 1, aliases, cost: introspectionSize(schema) };
    if (name === "__typename") return { depth: 1, aliases, cost: 1 };
    const definition = "getFields" in parent ? parent.getFields()[name] : undefined;
    if (!definition) return { depth: 0, aliases, cost: 0 };
    const first = firstOf(selection, definition);
    // A connection's `nodes`/`edges` are already counted by the `first` of the field that returned it.
    const list = isListType(getNullableType(definition.type)) && !parent.name.endsWith("Connection");
    const type = getNamedType(definition.type);
    // An object with a `first` (relationship) is one item whose lists hold `first` each.
    const holder = first !== undefined && !list && !type.name.endsWith("Connection");
    const items = holder ? 1 : first !== undefined ? first : list ? listItems(name, listSize) : 1;
    const children =
      selection.selectionSet && isCompositeType(type)
        ? measure(selection.selectionSet, type, holder ? first : undefined)
        : { depth: 0, aliases: 0, cost: 0 };
    return { depth: 1 + children.depth, aliases: aliases + children.aliases, cost: items * (1 + children.cost) };
  }

  function listItems(name: string, listSize: number | undefined): number {
    // A list with a cap of its own (a series' buckets) holds that many whatever its holder's `first`.
    if (listCaps[name] !== undefined) return listCaps[name];
    if (listSize !== undefined) return listSize * (holderListFactor[name] ?? 1);
    return defaultListCap;
  }

  /**
   * The `first` a field will run with: the literal, else the variable's value, else the variable's
   * default, else the argument's default (an omitted variable leaves the argument unset). A value
   * that is no positive whole number is refused when the operation runs; until then it counts as
   * the largest page.
   */
  function firstOf(selection: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    const argument = definition.args.find((arg) => arg.name === "first");
    if (!argument) return undefined;
    const given = selection.arguments?.find((arg) => arg.name.value === "first")?.value;
    let value: unknown = argument.defaultValue;
    if (given?.kind === Kind.VARIABLE) {
      const variable = given.name.value;
      if (Object.prototype.hasOwnProperty.call(variables, variable)) value = variables[variable];
      else if (defaults.has(variable)) value = defaults.get(variable);
    } else if (given) {
      value = valueFromASTUntyped(given);
    }
    return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : maxPageSize;
  }
}

/** Every selection written in the document, each once: what validation's work grows with. */
function countSelections(document: DocumentNode): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      count++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) if ("selectionSet" in definition) visit(definition.selectionSet);
  return count;
}

const introspectionSizes = new WeakMap<GraphQLSchema, number>();

/** The schema's types, fields, arguments and enum values: about what one introspection field answers. */
export function introspectionSize(schema: GraphQLSchema): number {
  let size = introspectionSizes.get(schema);
  if (size !== undefined) return size;
  size = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    size++;
    if ("getFields" in type)
      for (const field of Object.values(type.getFields())) size += 1 + ("args" in field ? field.args.length : 0);
    if ("getValues" in type) size += type.getValues().length;
  }
  introspectionSizes.set(schema, size);
  return size;
}
