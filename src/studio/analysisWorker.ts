/**
 * The branch map's analysis off the page's thread: the core's loader and `analyzeScenario` on
 * the text being edited. Each version gets its map twice: at once with the check's marks, then
 * with the analysis's. Edits that change only words (not techniques, ids, branches or levels)
 * give the same exploration, so the last analysis is reused for them and the map comes once.
 */
import { analyzeScenario } from '../core/analyze.ts';
import { loadScenario, type LoadResult } from '../core/load.ts';
import type { Scenario } from '../core/schema.ts';
import { buildMap, type BranchMap } from './map/graph.ts';

/** One version of the file to map. */
export interface MapRequest {
  id: number;
  text: string;
  name: string;
  /** The page's own load of this text, when it has one: the worker then need not load it again. */
  loaded?: LoadResult;
}

/** A map of one version (none when the file does not load). */
export interface MapAnswer {
  id: number;
  map?: BranchMap;
  /** `checked`: structure and the check's marks; `analysed`: the analysis's marks too. */
  stage: 'checked' | 'analysed';
}

/** The studio analyses at most this many states per version; the map says when it stopped. */
export const STUDIO_MAX_STATES = 150_000;

let last: { key: string; analysis: ReturnType<typeof analyzeScenario> } | undefined;

/** The scenario without the words a person reads: what the exploration depends on. */
export function behaviourKey(scenario: Scenario): string {
  return JSON.stringify(scenario, (key, value) => (['line', 'text', 'title', 'summary', 'briefing', 'name'].includes(key) ? undefined : value));
}

/** The maps of one version, in the order they are ready. */
export function* answers(request: MapRequest): Generator<MapAnswer> {
  const loaded = request.loaded ?? loadScenario(request.text, request.name);
  if (!loaded.scenario) {
    yield { id: request.id, stage: 'analysed' };
    return;
  }
  const key = behaviourKey(loaded.scenario);
  if (last?.key !== key) {
    yield { id: request.id, stage: 'checked', map: buildMap(loaded.scenario, loaded.diagnostics) };
    last = { key, analysis: analyzeScenario(loaded.scenario, { maxStates: STUDIO_MAX_STATES }) };
  }
  yield { id: request.id, stage: 'analysed', map: buildMap(loaded.scenario, loaded.diagnostics, last.analysis) };
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<MapRequest>) => void) | null; postMessage(a: MapAnswer): void; document?: unknown };
if (scope.document === undefined) {
  scope.onmessage = (event) => {
    for (const answer of answers(event.data)) scope.postMessage(answer);
  };
}
