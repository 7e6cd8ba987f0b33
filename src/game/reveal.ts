/**
 * The customer's line, typed out like a visual novel's: a click, Space or Enter while it types
 * shows it whole; the replies take input only once it is whole. Reduced motion shows it at once.
 */

const MS_PER_STEP = 22;

export interface LineReveal {
  /** True once the whole line is shown. */
  readonly whole: boolean;
  /** Shows the whole line now (idempotent). */
  finish(): void;
  /** Stops the typing timer (the screen is going away). */
  stop(): void;
}

/**
 * Types `line` into `target`, after `delay` ms (the customer's reaction to the last reply plays
 * first; the line is already "whole" for Enter's purposes only once shown). `onStart` runs when
 * the typing starts, `onWhole` once the whole line is shown.
 */
export function revealLine(target: HTMLElement, line: string, instant: boolean, onWhole: () => void, delay = 0, onStart: () => void = () => undefined): LineReveal {
  let whole = false;
  let started = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let wait: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    if (wait !== undefined) clearTimeout(wait);
    timer = undefined;
    wait = undefined;
  };
  const begin = () => {
    if (started) return;
    started = true;
    onStart();
  };
  const finish = () => {
    stop();
    if (whole) return;
    whole = true;
    begin();
    target.textContent = line;
    target.dataset.whole = 'true';
    onWhole();
  };
  const type = () => {
    wait = undefined;
    begin();
    let shown = 0;
    const step = Math.max(1, Math.round(line.length / 120));
    timer = setInterval(() => {
      shown = Math.min(line.length, shown + step);
      target.textContent = line.slice(0, shown);
      if (shown >= line.length) finish();
    }, MS_PER_STEP);
  };
  if (instant || line.length === 0) finish();
  else if (delay > 0) wait = setTimeout(type, delay);
  else type();
  return {
    get whole() {
      return whole;
    },
    finish,
    stop,
  };
}
