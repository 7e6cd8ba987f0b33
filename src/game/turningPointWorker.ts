/**
 * Finds a play's turning point off the UI thread: exploring a scenario can take most of a
 * second. Each scenario's exploration is remembered for the next debrief of it.
 */
import { createExplorer, type Explorer } from '../core/analyze.ts';
import { explore, type TurningPoint } from '../core/debrief.ts';
import type { LastStage } from '../core/vocabulary.ts';
import { breathe, choose, startSession } from '../core/session.ts';
import type { Scenario } from '../core/schema.ts';

/** What the debrief screen asks: the scenario and the moves of the play. */
export interface TurningPointRequest {
  id: number;
  scenario: Scenario;
  moves: number[];
}

export interface TurningPointAnswer {
  id: number;
  turningPoint: TurningPoint | null;
  /** Which LAST stages the scenario's best play uses, for the checklist. */
  needed: Record<LastStage, boolean> | null;
  /** The scenario was too large to explore within the cap: nothing is suggested. */
  unexplored: boolean;
}

/** States the game explores before giving up on a scenario (the CLI's analyze goes further). */
export const GAME_MAX_STATES = 150_000;

const explorers = new Map<string, Explorer>();

export function answer(request: TurningPointRequest, maxStates = GAME_MAX_STATES): TurningPointAnswer {
  // Keyed by the whole scenario, so an edited scenario with the same id is explored afresh. A
  // scenario given up on stays given up on: its explorer already holds the cap's worth of states.
  const key = JSON.stringify(request.scenario);
  let explorer = explorers.get(key);
  if (!explorer) {
    explorer = createExplorer(maxStates);
    explorers.set(key, explorer);
  }
  let session = startSession(request.scenario, { record: false });
  for (const move of request.moves) session = move === -1 ? breathe(session) : choose(session, move);
  const found = explore(session, explorer);
  return { id: request.id, turningPoint: found.turningPoint ?? null, needed: found.lastNeeded ?? null, unexplored: found.unexplored === true };
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<TurningPointRequest>) => void) | null; postMessage(a: TurningPointAnswer): void; document?: unknown };
if (scope.document === undefined) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
