type Point = { x: number; y: number };

/** A node that is placed: an actor, with the box (a country) it sits in, else its own key. */
export interface Leaf {
  key: string;
  cluster: string;
  name: string;
}

const sideX = 330;
const personGap = 80;
const slot = 150;
const rowGap = 110;
const maxRowWidth = 800;

/**
 * Where each node goes: side a's cluster (a country box: the state and its people, stacked) on
 * the left, side b's on the right, everyone else in rows above and below, so that what passes
 * between the two sides runs across the middle and what third parties say or do comes in from
 * above or below. The same graph always gives the same picture. Boxes take their place from
 * what is inside them.
 */
export function sidesLayout(
  leaves: Leaf[],
  sideA: string | undefined,
  sideB: string | undefined,
  degree: (key: string) => number,
): Map<string, Point> {
  const clusters = new Map<string, Leaf[]>();
  for (const leaf of leaves) clusters.set(leaf.cluster, [...(clusters.get(leaf.cluster) ?? []), leaf]);
  const byDegree = (x: Leaf, y: Leaf) => degree(y.key) - degree(x.key) || x.name.localeCompare(y.name);

  const positions = new Map<string, Point>();
  let sideHeight = 0;
  for (const [cluster, x] of [
    [sideA, -sideX],
    [sideB, sideX],
  ] as const) {
    const members = cluster ? clusters.get(cluster) : undefined;
    if (!members) continue;
    clusters.delete(cluster!);
    members
      .sort(byDegree)
      .forEach((leaf, i) => positions.set(leaf.key, { x, y: (i - (members.length - 1) / 2) * personGap }));
    sideHeight = Math.max(sideHeight, members.length * personGap);
  }

  // Third parties: the busiest first, alternately above and below, in rows of limited width.
  const others = [...clusters.values()].sort((p, q) => total(q, degree) - total(p, degree));
  for (const [direction, here] of [
    [-1, others.filter((_, i) => i % 2 === 0)],
    [1, others.filter((_, i) => i % 2 === 1)],
  ] as const) {
    const rows: Leaf[][][] = [[]];
    for (const cluster of here) {
      if (width(rows[rows.length - 1]) + cluster.length * slot > maxRowWidth && rows[rows.length - 1].length > 0)
        rows.push([]);
      rows[rows.length - 1].push(cluster);
    }
    rows.forEach((row, i) => {
      const y = direction * (sideHeight / 2 + rowGap * (i + 1));
      let x = -width(row) / 2 + slot / 2;
      for (const leaf of row.flatMap((cluster) => cluster.sort(byDegree))) {
        positions.set(leaf.key, { x, y });
        x += slot;
      }
    });
  }
  return positions;
}

const width = (row: Leaf[][]) => row.reduce((sum, cluster) => sum + cluster.length * slot, 0);
const total = (cluster: Leaf[], degree: (key: string) => number) =>
  cluster.reduce((sum, leaf) => sum + degree(leaf.key), 0);
