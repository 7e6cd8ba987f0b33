/** Asks the turning-point worker (or, where workers fail, the same code on this thread). */
import type { TurningPoint } from '../core/debrief.ts';
import type { LastStage } from '../core/vocabulary.ts';

/** What the debrief learns from exploring the scenario; empty when the worker failed. */
export interface Exploration {
  turningPoint?: TurningPoint;
  needed?: Record<LastStage, boolean>;
  /** The scenario was too large to explore: the debrief says so instead of guessing. */
  unexplored?: true;
}
import type { Scenario } from '../core/schema.ts';
import type { TurningPointAnswer, TurningPointRequest } from './turningPointWorker.ts';

export class TurningPoints {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: Exploration) => void>();

  ask(scenario: Scenario, moves: number[]): Promise<Exploration> {
    const request: TurningPointRequest = { id: this.nextId++, scenario, moves };
    const worker = this.start();
    if (!worker) return import('./turningPointWorker.ts').then((m) => exploration(m.answer(request)));
    return new Promise((resolve) => {
      this.waiting.set(request.id, resolve);
      worker.postMessage(request);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(new URL('./turningPointWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<TurningPointAnswer>) => {
        this.waiting.get(event.data.id)?.(exploration(event.data));
        this.waiting.delete(event.data.id);
      };
      worker.onerror = () => {
        this.failed = true;
        this.worker = undefined;
        for (const resolve of this.waiting.values()) resolve({});
        this.waiting.clear();
      };
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}

function exploration(answer: TurningPointAnswer): Exploration {
  return {
    ...(answer.turningPoint ? { turningPoint: answer.turningPoint } : {}),
    ...(answer.needed ? { needed: answer.needed } : {}),
    ...(answer.unexplored ? { unexplored: true as const } : {}),
  };
}
