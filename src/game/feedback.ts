/**
 * Feedback on every reply: each meter shows how much the reply moved it (+/−, coloured by whether
 * that is good), and the customer's reaction — a lean in when it heated them, a settle when it
 * calmed them — plays on the stage before their next line starts.
 */
import type { Meter, Meters } from '../core/vocabulary.ts';

/** How the customer takes the last reply, for the stage's posture. */
export type Reaction = 'heated' | 'calmer' | 'same';

const GOOD_WHEN_LOW: readonly Meter[] = ['anger', 'confusion', 'belief'];

export function reactionTo(before: Meters, after: Meters): Reaction {
  const change = after.anger - before.anger - (after.trust - before.trust) / 2;
  return change >= 4 ? 'heated' : change <= -4 ? 'calmer' : 'same';
}

/** Adds the change beside each meter in `meters` (elements with `data-meter`), e.g. "−12" in green for anger. */
export function showChanges(meters: HTMLElement, before: Meters, after: Meters): void {
  for (const el of meters.querySelectorAll<HTMLElement>('[data-meter]')) {
    const which = el.dataset.meter as Meter;
    const delta = Math.round(after[which] - before[which]);
    if (!Number.isFinite(delta) || delta === 0) continue;
    const good = GOOD_WHEN_LOW.includes(which) ? delta < 0 : delta > 0;
    const span = document.createElement('bdi');
    // A sign and digits have no letter to take a direction from: left to right, «−12» in Arabic too.
    span.dir = 'ltr';
    span.className = `delta ${good ? 'good' : 'bad'}`;
    span.dataset.delta = String(delta);
    // U+2212 is the minus sign proper; screen readers read the meter's own value.
    span.textContent = delta > 0 ? `+${delta}` : `\u2212${-delta}`;
    span.setAttribute('aria-hidden', 'true');
    el.append(span);
  }
}

/** How long the reaction plays before the next line types (none with reduced motion). */
export const REACTION_MS = 550;
