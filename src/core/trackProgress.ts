/**
 * Where a trainee stands on an onboarding track. Apart from the tracks file's parser (tracks.ts),
 * so the game's first screen does not load a YAML parser it never uses.
 */
import type { Track } from './tracks.ts';

/** Where a trainee stands on a track: what is mastered (ended satisfied), and the next scenario to play. */
export function trackProgress(track: Track, mastered: ReadonlySet<string>): { next?: string; level: number; done: number; total: number } {
  const order = track.levels.flatMap((l) => l.scenarios);
  const next = order.find((id) => !mastered.has(id));
  const level = next ? track.levels.findIndex((l) => l.scenarios.includes(next)) : track.levels.length - 1;
  return { ...(next ? { next } : {}), level, done: order.filter((id) => mastered.has(id)).length, total: order.length };
}
