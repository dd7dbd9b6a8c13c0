import { Slots } from "../../src/graph/slots";

describe("Slots", () => {
  it("lets `size` holders in at once and the next in line in as each leaves, in order", async () => {
    const slots = new Slots(2, 60_000);
    const first = await slots.take();
    const second = await slots.take();
    const order: string[] = [];
    const third = slots.take().then((release) => (order.push("third"), release));
    const fourth = slots.take().then((release) => (order.push("fourth"), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    expect(slots.waiting).toBe(2);
    (first as () => void)();
    (first as () => void)(); // a second release of the same slot frees nothing more
    await third;
    expect(order).toEqual(["third"]);
    (second as () => void)();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
    expect(slots.waiting).toBe(0);
  });

  it("answers false to a holder that waited maxWaitMs, and forgets it", async () => {
    const slots = new Slots(1, 20);
    const held = await slots.take();
    expect(await slots.take()).toBe(false);
    expect(slots.waiting).toBe(0);
    (held as () => void)();
    expect(typeof (await slots.take())).toBe("function");
  });
});
