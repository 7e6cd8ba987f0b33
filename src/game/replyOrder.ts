/**
 * A fresh seed for the order replies are shown in, one per attempt (`core/order.ts` turns it
 * into each beat's order). The browser's random source is the game's input; the core stays
 * deterministic given the seed, which the attempt keeps.
 */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}
