const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2023-09-13 → "13 Sep 2023", 2023-09 → "Sep 2023", a timestamp → its day; null → "undated". */
export function formatDate(date: string | null): string {
  if (!date) return "undated";
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year;
  const name = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** OCCURRED → "occurred", IN_FORCE → "in force". */
export const formatStatus = (status: string) => status.toLowerCase().replace(/_/g, " ");

/** An element with a class and text (the text is never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
