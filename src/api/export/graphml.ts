/** A node or edge's attributes; null leaves the attribute out for that element. */
export type Attributes = Record<string, string | number | null>;

export interface GraphmlGraph {
  nodes: Array<{ id: string; attributes: Attributes }>;
  edges: Array<{ source: string; target: string; attributes: Attributes }>;
}

/**
 * A directed graph as GraphML (http://graphml.graphdrawing.org/), the file Gephi and Cytoscape
 * desktop open: every attribute is declared as a <key> (`label` is the one both show on nodes),
 * numbers as ints, everything else as strings.
 */
export function graphml({ nodes, edges }: GraphmlGraph): string {
  const keys = [...declared("node", nodes), ...declared("edge", edges)];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      ({ id, owner, name, type }) =>
        `  <key id="${id}" for="${owner}" attr.name="${escape(name)}" attr.type="${type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    ...nodes.map(({ id, attributes }) => `    <node id="${escape(id)}">${data("node", keys, attributes)}</node>`),
    ...edges.map(
      ({ source, target, attributes }, i) =>
        `    <edge id="e${i}" source="${escape(source)}" target="${escape(target)}">${data("edge", keys, attributes)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}

interface Key {
  id: string;
  owner: "node" | "edge";
  name: string;
  type: "string" | "int";
}

function declared(owner: Key["owner"], elements: Array<{ attributes: Attributes }>): Key[] {
  const types = new Map<string, Key["type"]>();
  for (const { attributes } of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) continue;
      const type = typeof value === "number" && types.get(name) !== "string" ? "int" : "string";
      types.set(name, type);
    }
  }
  return [...types].map(([name, type], i) => ({ id: `${owner[0]}${i}`, owner, name, type }));
}

function data(owner: Key["owner"], keys: Key[], attributes: Attributes): string {
  return keys
    .filter((key) => key.owner === owner && attributes[key.name] != null)
    .map((key) => `<data key="${key.id}">${escape(String(attributes[key.name]))}</data>`)
    .join("");
}

/** XML text: markup characters escaped, and the control characters XML 1.0 does not allow dropped. */
function escape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
