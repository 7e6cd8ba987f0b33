/**
 * The branch map's analysis off the page's thread: the core's loader and `analyzeScenario` on
 * the text being edited. Edits that change only words (not techniques, ids, branches or levels)
 * give the same exploration, so the last analysis is kept for them.
 */
import { analyzeScenario } from '../core/analyze.ts';
import { loadScenario } from '../core/load.ts';
import type { Scenario } from '../core/schema.ts';
import { buildMap, type BranchMap } from './map/graph.ts';

export interface MapRequest {
  id: number;
  text: string;
  name: string;
}

export interface MapAnswer {
  id: number;
  map?: BranchMap;
}

/** The studio analyses at most this many states per version; the map says when it stopped. */
export const STUDIO_MAX_STATES = 150_000;

let last: { key: string; analysis: ReturnType<typeof analyzeScenario> } | undefined;

/** The scenario without the words a person reads: what the exploration depends on. */
export function behaviourKey(scenario: Scenario): string {
  return JSON.stringify(scenario, (key, value) => (['line', 'text', 'title', 'summary', 'briefing', 'name'].includes(key) ? undefined : value));
}

export function answer(request: MapRequest): MapAnswer {
  const loaded = loadScenario(request.text, request.name);
  if (!loaded.scenario) return { id: request.id };
  const key = behaviourKey(loaded.scenario);
  if (last?.key !== key) last = { key, analysis: analyzeScenario(loaded.scenario, { maxStates: STUDIO_MAX_STATES }) };
  return { id: request.id, map: buildMap(loaded.scenario, loaded.diagnostics, last.analysis) };
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<MapRequest>) => void) | null; postMessage(a: MapAnswer): void; document?: unknown };
if (scope.document === undefined) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
