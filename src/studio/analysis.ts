/**
 * Asks the analysis worker for the map of each new version, debounced; a version still being
 * analysed when a newer one arrives is abandoned (the worker restarts), so the map always
 * catches up with the latest edit. Where workers fail, the same code runs on this thread.
 */
import type { BranchMap } from './map/graph.ts';
import type { MapAnswer, MapRequest } from './analysisWorker.ts';

export class Analysis {
  private worker: Worker | undefined;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private latest = 0;

  constructor(private readonly onMap: (map: BranchMap, id: number) => void, private readonly delay = 50) {}

  /** Schedules the analysis of this text; returns the request's id. */
  request(text: string, name: string): number {
    const id = this.nextId++;
    this.latest = id;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send({ id, text, name }), this.delay);
    return id;
  }

  private send(request: MapRequest): void {
    if (this.busy) this.stop();
    const worker = this.start();
    if (!worker) {
      void import('./analysisWorker.ts').then((m) => this.receive(m.answer(request)));
      return;
    }
    this.busy = true;
    worker.postMessage(request);
  }

  private receive(answer: MapAnswer): void {
    if (answer.id === this.latest) this.busy = false;
    if (answer.map && answer.id === this.latest) this.onMap(answer.map, answer.id);
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<MapAnswer>) => this.receive(event.data);
      worker.onerror = () => this.stop();
      this.worker = worker;
    } catch {
      return undefined;
    }
    return this.worker;
  }
}
