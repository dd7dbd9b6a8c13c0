import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { Page } from "../../graph/page";

@ObjectType({ description: "Where a page ends and whether another follows." })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Pass it as `after` to get the next page; null on an empty page.",
  })
  endCursor!: string | null;
}

/**
 * A page of a list, Relay style: `nodes` for the simple case, `edges` when a cursor per item is
 * wanted, `pageInfo` to go on, `totalCount` for all items that match. `name` names the node type
 * ("Meeting" gives MeetingConnection and MeetingEdge).
 */
export function Connection<TNode extends object>(name: string, Node: ClassType<TNode> | (abstract new () => TNode)) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => Node)
    node!: TNode;

    @Field({ description: "Opaque; pass it as `after` to continue after this item." })
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Node])
    nodes!: TNode[];

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match the filters, on all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** The graph's page in the connection's shape. */
export function toConnection<T>(page: Page<T>) {
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    totalCount: page.totalCount,
  };
}
