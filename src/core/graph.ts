/**
 * The scenario as a graph of beats and endings, ignoring conditions: what could ever happen.
 */
import type { Next, Scenario } from './schema.ts';
import { isHelpful } from './vocabulary.ts';

/** Every id an option's `next` can lead to. */
export function targetsOf(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((b) => b.to);
}

export function staticGraph(scenario: Scenario, onlyHelpful = false): { start: string; edges: Map<string, Set<string>> } {
  const edges = new Map<string, Set<string>>();
  for (const beat of scenario.beats) {
    const out = new Set<string>();
    for (const option of beat.options) {
      if (onlyHelpful && !option.techniques.every(isHelpful)) continue;
      for (const to of targetsOf(option.next)) out.add(to);
    }
    edges.set(beat.id, out);
  }
  return { start: scenario.start ?? scenario.beats[0]!.id, edges };
}

const shortestCache = new WeakMap<Scenario, Map<string, number>>();

/**
 * The fewest replies that reach the given ending (any ending when none is given) for a trainee
 * who follows the principles: only replies with no harmful technique, or, where no such route
 * exists, any reply. Infinity when the ending cannot be reached.
 */
export function shortestPath(scenario: Scenario, ending?: string): number {
  let byEnding = shortestCache.get(scenario);
  if (!byEnding) {
    const principled = depthsToEndings(scenario, true);
    byEnding = depthsToEndings(scenario, false);
    for (const [id, depth] of principled) byEnding.set(id, depth);
    shortestCache.set(scenario, byEnding);
  }
  if (ending !== undefined) return byEnding.get(ending) ?? Infinity;
  return Math.min(Infinity, ...byEnding.values());
}

/** Breadth-first depth of every ending from the start. */
function depthsToEndings(scenario: Scenario, onlyHelpful: boolean): Map<string, number> {
  const { start, edges } = staticGraph(scenario, onlyHelpful);
  const endings = new Set(scenario.endings.map((e) => e.id));
  const depth = new Map<string, number>([[start, 0]]);
  const found = new Map<string, number>();
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of edges.get(id) ?? []) {
      if (depth.has(to)) continue;
      depth.set(to, depth.get(id)! + 1);
      if (endings.has(to)) found.set(to, depth.get(to)!);
      else queue.push(to);
    }
  }
  return found;
}
