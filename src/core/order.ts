/**
 * The order a presenter shows a beat's replies in. Trainers tend to write the best reply first;
 * the game shuffles the replies per attempt so that place gives nothing away. The shuffle is a
 * pure function of a seed (chosen once per attempt and kept with it) and the beat, so a replay, a
 * transcript or a retry from turn N shows exactly the order the trainee saw. Without a seed (the
 * CLI's `--choose`, golden files) the order is the file's.
 */
import { seededRandom } from './bots.ts';
import type { Beat } from './schema.ts';

/** FNV-1a over the beat id, mixed with the seed: each beat of one attempt gets its own order. */
function mix(seed: number, id: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The replies' file indices in the order shown: `order[k]` is the reply on screen at place k
 * (key k + 1). The identity without a seed.
 */
export function replyOrder(seed: number | undefined, beat: Pick<Beat, 'id' | 'options'>): number[] {
  const order = beat.options.map((_, i) => i);
  if (seed === undefined) return order;
  const random = seededRandom(mix(seed, beat.id));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
