/**
 * The scenario as a graph of beats and endings, ignoring conditions: what could ever happen.
 */
import type { Next, Scenario } from './schema';

/** Every id an option's `next` can lead to. */
export function targetsOf(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((b) => b.to);
}

export function staticGraph(scenario: Scenario): { start: string; edges: Map<string, Set<string>> } {
  const edges = new Map<string, Set<string>>();
  for (const beat of scenario.beats) {
    const out = new Set<string>();
    for (const option of beat.options) for (const to of targetsOf(option.next)) out.add(to);
    edges.set(beat.id, out);
  }
  return { start: scenario.start ?? scenario.beats[0]!.id, edges };
}

const shortestCache = new WeakMap<Scenario, number>();

/** The fewest replies that can reach an ending from the start (Infinity when none can). */
export function shortestPath(scenario: Scenario): number {
  let known = shortestCache.get(scenario);
  if (known === undefined) {
    known = computeShortestPath(scenario);
    shortestCache.set(scenario, known);
  }
  return known;
}

function computeShortestPath(scenario: Scenario): number {
  const { start, edges } = staticGraph(scenario);
  const endings = new Set(scenario.endings.map((e) => e.id));
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of edges.get(id) ?? []) {
      if (depth.has(to)) continue;
      depth.set(to, depth.get(id)! + 1);
      if (endings.has(to)) return depth.get(to)!;
      queue.push(to);
    }
  }
  return Infinity;
}
