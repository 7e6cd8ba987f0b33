/**
 * Sound cues, made with Web Audio (nothing downloaded): a soft rising tone when a reply calms
 * the customer, a low falling one when it angers them, a short chord at the end. Off when the
 * player turns sound off. Which cue plays is a pure function, tested without a browser.
 */
import type { Meters, Outcome } from '../core/vocabulary.ts';

/** One note: a pitch (Hz) gliding to another over a duration, at a gentle volume. */
export interface Note {
  from: number;
  to: number;
  seconds: number;
  delay: number;
}

const GOOD: Outcome[] = ['satisfied', 'grudging'];

/** The notes for a reply that moved the meters from `before` to `after`, ending in `outcome`. */
export function cueFor(before: Meters, after: Meters, outcome?: Outcome): Note[] {
  if (outcome) {
    const root = GOOD.includes(outcome) ? 392 : 220;
    const third = outcome === 'satisfied' ? root * 1.26 : root * 1.19;
    return [
      { from: root, to: root, seconds: 0.5, delay: 0 },
      { from: third, to: third, seconds: 0.5, delay: 0.12 },
      { from: root * 1.5, to: root * 1.5, seconds: 0.6, delay: 0.24 },
    ];
  }
  const change = after.anger - before.anger;
  if (Math.abs(change) < 3) return [];
  const calmer = change < 0;
  const span = Math.min(1, Math.abs(change) / 30);
  return [{ from: calmer ? 440 : 330, to: calmer ? 440 * (1 + 0.25 * span) : 330 * (1 - 0.25 * span), seconds: 0.25, delay: 0 }];
}

/** A breath (P14): a slow, low fall, the same whatever the meters did. */
export const BREATH_CUE: Note[] = [{ from: 262, to: 196, seconds: 0.9, delay: 0 }];

/** The cue for a turn: the breath's own, or the meters' (see `cueFor`). */
export function cueForTurn(turn: { option: number; before: Meters; after: Meters }, outcome?: Outcome): Note[] {
  return turn.option === -1 && !outcome ? BREATH_CUE : cueFor(turn.before, turn.after, outcome);
}

export class Sound {
  private context: AudioContext | undefined;

  constructor(private readonly enabled: () => boolean) {}

  /**
   * Creates the audio context ahead of need (call when the page is idle): its constructor takes
   * tens of milliseconds, which would otherwise land in the task of the first reply. It starts
   * suspended and is resumed by `play`, inside the trainee's gesture.
   */
  warm(): void {
    if (!this.enabled() || typeof AudioContext === 'undefined') return;
    try {
      this.context ??= new AudioContext();
    } catch {
      // No audio device: cues stay silent.
    }
  }

  play(notes: Note[]): void {
    if (!this.enabled() || notes.length === 0 || typeof AudioContext === 'undefined') return;
    this.context ??= new AudioContext();
    const ctx = this.context;
    void ctx.resume().catch(() => undefined);
    for (const note of notes) {
      const start = ctx.currentTime + note.delay;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(note.from, start);
      osc.frequency.linearRampToValueAtTime(note.to, start + note.seconds);
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.08, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.seconds);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + note.seconds + 0.05);
    }
  }
}
