/**
 * At most `size` holders at once; the others queue, in order, for at most `maxWaitMs`. The
 * database's transactions take one each (as many as the driver has connections), so a
 * transaction's deadline counts its own work, not its wait behind two hundred others.
 */
export class Slots {
  private free: number;
  private readonly queue: Array<() => void> = [];

  constructor(
    size: number,
    private readonly maxWaitMs: number,
  ) {
    this.free = size;
  }

  /** Resolves with the release function once a slot is free; false when none was within maxWaitMs. */
  async take(): Promise<(() => void) | false> {
    if (this.free > 0) {
      this.free--;
      return this.releaser();
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(wake), 1);
        resolve(false);
      }, this.maxWaitMs);
      this.queue.push(wake);
    });
  }

  /** How many wait for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    };
  }
}
