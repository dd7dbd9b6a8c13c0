/**
 * Calls `exit` once the process that started serve is gone. A wrapper (`npx`, `npm exec`,
 * `npm start`) that is SIGTERMed passes the signal to its shell only, and serve, orphaned, would
 * go on serving with its Neo4j; an orphan's parent becomes another process (init, a subreaper).
 */
export function followParent(exit: () => void, everyMs = 1000): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    exit();
  }, everyMs);
  timer.unref();
}
