/**
 * The per-reply countdown of assessment mode (P3: patience, not slowness). It starts when the
 * customer's line has been shown in full, shows the time left as a bar and in words, and when it
 * runs out the customer reacts at once: a line says they are left waiting and the portrait looks
 * angrier by what the slow reply will cost (P3.slow-reply). The reply, when it comes, is recorded
 * slow and the rule applies; the debrief says so turn by turn (`timingNote`).
 */
import { h } from './dom.ts';
import type { Translate } from '../core/i18n.ts';
import { RULES } from '../core/rules.ts';
import type { TurnRecord } from '../core/session.ts';

/** What a slow reply costs in anger, from the rule table (shown on the portrait when time runs out). */
export const SLOW_REPLY_ANGER = RULES.find((r) => r.id === 'P3.slow-reply')?.add?.anger ?? 0;

export interface Countdown {
  node: HTMLElement;
  /** Starts counting (once); call when the line has been shown. */
  start(): void;
  /** Seconds since start, one decimal; 0 before it. */
  elapsed(): number;
  stop(): void;
}

/** A countdown of `limit` seconds; `onExpire` runs once when it reaches zero. */
export function countdown(t: Translate, limit: number, now: () => number, onExpire: () => void): Countdown {
  let startedAt: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  const fill = h('div', { style: 'height:100%;width:100%;background:var(--accent, #1f6f6a);border-radius:1em;transition:width 200ms linear' });
  const words = h('span', { 'aria-hidden': 'true' }, t('ui:conversation.timeLeft', { count: limit }));
  const bar = h('div', {
    role: 'progressbar', 'aria-label': t('countdown:label'), 'aria-valuemin': 0, 'aria-valuemax': limit, 'aria-valuenow': limit,
    style: 'flex:1;height:0.6em;min-width:6rem;background:#e6e1d8;border-radius:1em;overflow:hidden',
  }, fill);
  const node = h('div', { class: 'countdown', 'data-timer': true, 'data-started': 'false', style: 'display:flex;align-items:center;gap:0.6em;font-size:0.9em' }, bar, words);
  const show = (left: number) => {
    fill.style.width = `${(100 * left) / limit}%`;
    bar.setAttribute('aria-valuenow', String(Math.ceil(left)));
    words.textContent = t('ui:conversation.timeLeft', { count: Math.ceil(left) });
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  return {
    node,
    start() {
      if (startedAt !== undefined) return;
      startedAt = now();
      node.dataset.started = 'true';
      timer = setInterval(() => {
        const left = Math.max(0, limit - (now() - startedAt!) / 1000);
        show(left);
        if (left > 0) return;
        stop();
        node.dataset.expired = 'true';
        fill.style.background = '#d64541';
        onExpire();
      }, 200);
    },
    elapsed: () => (startedAt === undefined ? 0 : Math.round((now() - startedAt) / 100) / 10),
    stop,
  };
}

/** The debrief's word on a timed reply: how long it took against the limit, and what a slow one cost. */
export function timingNote(t: Translate, record: Pick<TurnRecord, 'seconds' | 'option'>, limit: number | undefined): string | undefined {
  if (!limit || record.option === -1 || record.seconds === undefined) return undefined;
  return t(record.seconds > limit ? 'countdown:slow' : 'countdown:onTime', { seconds: record.seconds, limit });
}
