import { ApiError } from "./api";

/** What the graph panel shows; tests wait on it (`#graph-panel[data-state=…]`). */
export type PanelState = "idle" | "loading" | "empty" | "ready" | "error";

/** The text over the graph (a prompt, "Loading …", "Nothing links …"), or none. */
export function overlay(state: PanelState, text: string): void {
  document.getElementById("graph-panel")!.dataset.state = state;
  const box = document.getElementById("overlay")!;
  box.textContent = text;
  box.hidden = text === "";
}

export const panelState = () => document.getElementById("graph-panel")!.dataset.state as PanelState;

/** The line under the form: an error (role=alert) or a note; null hides it. */
export function message(text: string | null, kind: "error" | "note" = "error"): void {
  const box = document.getElementById("message")!;
  box.hidden = text === null;
  box.className = `message message-${kind}`;
  box.textContent = text ?? "";
}

/** An error as a sentence: what failed, the API's own message, and its code. */
export function describe(error: unknown, what: string): string {
  if (error instanceof ApiError) return `${what}: ${error.message}${error.code ? ` (${error.code})` : ""}`;
  return `${what}: ${(error as Error).message}`;
}
