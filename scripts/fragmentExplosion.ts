/**
 * Issue 12's attack on the cost analysis: fragments `F0 … F(levels-1)`, each spreading the next
 * twice and the last `{ code }`, used once — 2^(levels-1) fields from a document of about 40
 * bytes a level. A walk that follows every spread takes 2^levels steps.
 */
export function fragmentExplosion(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Country { code }` : `fragment F${i} on Country { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ countries(first: 1) { nodes { ...F0 } } } ${fragments.join(" ")}`;
}
