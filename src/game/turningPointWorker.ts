/**
 * Finds a play's turning point off the UI thread: exploring a scenario can take most of a
 * second. Each scenario's exploration is remembered for the next debrief of it.
 */
import { createExplorer, type Explorer } from '../core/analyze.ts';
import { findTurningPoint, lastNeeded, type TurningPoint } from '../core/debrief.ts';
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
}

const explorers = new Map<string, Explorer>();

export function answer(request: TurningPointRequest): TurningPointAnswer {
  let explorer = explorers.get(request.scenario.id);
  if (!explorer) {
    explorer = createExplorer();
    explorers.set(request.scenario.id, explorer);
  }
  let session = startSession(request.scenario, { record: false });
  for (const move of request.moves) session = move === -1 ? breathe(session) : choose(session, move);
  return { id: request.id, turningPoint: findTurningPoint(session, explorer) ?? null, needed: lastNeeded(request.scenario, explorer) };
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<TurningPointRequest>) => void) | null; postMessage(a: TurningPointAnswer): void; document?: unknown };
if (scope.document === undefined) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
