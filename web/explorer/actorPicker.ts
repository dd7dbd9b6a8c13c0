import { fetchNames, searchActors, type Candidate } from "./api";

/**
 * A text field with a typeahead: full-text `search` (any spelling, any language: "Korea Utara")
 * merged with the known countries and leaders whose names start with what was typed ("Rus"),
 * since search matches whole words only. Free text is accepted too: the API resolves names.
 */
export class ActorPicker {
  /** The candidate picked from the list, until the text is edited again. */
  picked: Candidate | null = null;
  private readonly list: HTMLUListElement;
  private options: Candidate[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | undefined;

  constructor(
    readonly input: HTMLInputElement,
    private readonly onPick: () => void,
  ) {
    this.list = document.createElement("ul");
    this.list.className = "picker-list";
    this.list.id = `${input.id}-list`;
    this.list.setAttribute("role", "listbox");
    this.list.hidden = true;
    input.after(this.list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", this.list.id);
    input.setAttribute("aria-expanded", "false");
    input.autocomplete = "off";
    input.addEventListener("input", () => {
      this.picked = null;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), 150);
    });
    input.addEventListener("keydown", (event) => this.key(event));
    input.addEventListener("blur", () => window.setTimeout(() => this.close(), 150));
  }

  /** What to send to the API: the picked actor's id, else the text as typed. */
  get value(): string {
    return this.picked?.id ?? this.input.value.trim();
  }

  set(candidate: Candidate | null, text = candidate?.name ?? ""): void {
    this.picked = candidate;
    this.input.value = text;
    this.close();
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    this.pending?.abort();
    if (text.length < 2) return this.close();
    const pending = (this.pending = new AbortController());
    try {
      const [found, names] = await Promise.all([searchActors(text, pending.signal), knownNames()]);
      if (pending.signal.aborted) return;
      const starts = names.filter((c) => startsWith(c.name, text));
      const seen = new Set<string>();
      this.options = [...found, ...starts]
        .filter((c) => !seen.has(`${c.kind}:${c.id}`) && seen.add(`${c.kind}:${c.id}`))
        .slice(0, 8);
      this.render(this.options.length ? null : `No country, leader or organization matches “${text}”.`);
    } catch (error) {
      if (!pending.signal.aborted) this.render(`Search failed: ${(error as Error).message}`);
    }
  }

  private render(message: string | null): void {
    this.list.replaceChildren();
    this.active = -1;
    if (message) {
      const li = document.createElement("li");
      li.className = "picker-message";
      li.textContent = message;
      this.list.append(li);
    }
    this.options.forEach((candidate, i) => {
      const li = document.createElement("li");
      li.id = `${this.list.id}-${i}`;
      li.setAttribute("role", "option");
      li.className = "picker-option";
      li.innerHTML = `<span class="picker-name"></span><span class="picker-hint"></span>`;
      li.querySelector(".picker-name")!.textContent = candidate.name;
      li.querySelector(".picker-hint")!.textContent = candidate.hint;
      // mousedown, not click: it comes before the input's blur closes the list.
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        this.choose(i);
      });
      this.list.append(li);
    });
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private key(event: KeyboardEvent): void {
    if (this.list.hidden || this.options.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.highlight((this.active + step + this.options.length) % this.options.length);
    } else if (event.key === "Enter" && this.active >= 0) {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private highlight(index: number): void {
    this.active = index;
    this.list
      .querySelectorAll(".picker-option")
      .forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    this.input.setAttribute("aria-activedescendant", `${this.list.id}-${index}`);
  }

  private choose(index: number): void {
    this.set(this.options[index]);
    this.onPick();
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}

let names: Promise<Candidate[]> | undefined;

/** Loaded once per page; a failure is retried at the next keystroke. */
function knownNames(): Promise<Candidate[]> {
  names ??= fetchNames().catch((error) => {
    names = undefined;
    throw error;
  });
  return names;
}

const startsWith = (name: string, text: string) =>
  name.toLowerCase().startsWith(text.toLowerCase()) ||
  name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.startsWith(text.toLowerCase()));
