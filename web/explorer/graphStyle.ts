import type { StylesheetJson } from "cytoscape";
import { factKinds } from "./facts";

const ink = "#1f2937";
const muted = "#6b7280";
const focus = "#0f766e";

/** How the graph looks: actors as nodes (a country boxes its leaders), facts as coloured edges. */
export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "system-ui, sans-serif",
      "font-size": 12,
      color: ink,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "110px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      width: 22,
      height: 22,
      "background-color": "#ffffff",
      "border-width": 2,
      "border-color": muted,
    },
  },
  { selector: 'node[kind = "Leader"]', style: { shape: "ellipse", "background-color": "#e5e7eb" } },
  {
    selector: 'node[kind = "Country"]',
    style: { shape: "round-rectangle", width: 30, height: 22, "font-weight": "bold" },
  },
  {
    selector: 'node[kind = "Organization"]',
    style: { shape: "hexagon", width: 28, height: 24, "background-color": "#f3f4f6" },
  },
  {
    // A country with its leaders inside: a labelled box.
    selector: ":parent",
    style: {
      "text-valign": "top",
      "text-halign": "center",
      "text-margin-y": -4,
      "font-size": 14,
      "font-weight": "bold",
      color: ink,
      "background-color": "#f8fafc",
      "background-opacity": 1,
      "border-color": "#cbd5e1",
      "border-width": 1.5,
      padding: "14px",
      shape: "round-rectangle",
    },
  },
  { selector: "node[?focus]", style: { "border-color": focus, "border-width": 3, color: focus } },
  { selector: ":parent[?focus]", style: { "border-width": 2.5, "background-color": "#f0fdfa" } },
  { selector: "node[?loading]", style: { "border-style": "dashed", "border-color": focus } },
  { selector: "node:selected", style: { "overlay-color": focus, "overlay-opacity": 0.12, "overlay-padding": 4 } },
  {
    selector: "edge",
    style: {
      label: "data(label)",
      "font-size": 10,
      color: ink,
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
      width: 2.5,
      "curve-style": "bezier",
      "control-point-step-size": 36,
      "arrow-scale": 1.1,
    },
  },
  // A bundle of several facts is drawn thicker (up to six).
  { selector: "edge[weight > 1]", style: { width: "mapData(weight, 1, 6, 2.5, 7)" } },
  { selector: 'edge[kind = "MEETING"]', style: { "line-color": factKinds.MEETING.colour } },
  {
    selector: 'edge[kind = "STATEMENT"]',
    style: {
      "line-color": factKinds.STATEMENT.colour,
      "line-style": "dashed",
      "target-arrow-shape": "triangle",
      "target-arrow-color": factKinds.STATEMENT.colour,
    },
  },
  {
    selector: 'edge[kind = "SANCTION"]',
    style: {
      "line-color": factKinds.SANCTION.colour,
      "target-arrow-shape": "tee",
      "target-arrow-color": factKinds.SANCTION.colour,
    },
  },
  {
    selector: 'edge[kind = "AGREEMENT"]',
    style: { "line-color": factKinds.AGREEMENT.colour, "line-style": "double", width: 5 },
  },
  {
    // A transfer is an arrow from the supplier to the receiver.
    selector: 'edge[kind = "TRANSFER"]',
    style: {
      "line-color": factKinds.TRANSFER.colour,
      "target-arrow-shape": "triangle-backcurve",
      "target-arrow-color": factKinds.TRANSFER.colour,
    },
  },
  // Alleged, not acknowledged: a claim, drawn dashed.
  { selector: 'edge[kind = "TRANSFER"][?alleged]', style: { "line-style": "dashed", "line-dash-pattern": [8, 5] } },
  { selector: "edge:loop", style: { "loop-sweep": "-50deg", "control-point-step-size": 60, "text-rotation": "none" } },
  { selector: "edge.loop-left", style: { "loop-direction": "-90deg" } },
  { selector: "edge.loop-right", style: { "loop-direction": "90deg" } },
  { selector: "edge.loop-up", style: { "loop-direction": "0deg" } },
  { selector: "edge.dimmed, node.dimmed", style: { opacity: 0.25 } },
  {
    selector: "edge:selected",
    style: {
      "underlay-color": "#0f766e",
      "underlay-opacity": 0.18,
      "underlay-padding": 6,
      "z-index": 10,
      "font-weight": "bold",
      "font-size": 12,
    },
  },
];
