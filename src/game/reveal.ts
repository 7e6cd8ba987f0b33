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

export function revealLine(target: HTMLElement, line: string, instant: boolean, onWhole: () => void): LineReveal {
  let whole = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const finish = () => {
    stop();
    if (whole) return;
    whole = true;
    target.textContent = line;
    target.dataset.whole = 'true';
    onWhole();
  };
  if (instant || line.length === 0) finish();
  else {
    let shown = 0;
    const step = Math.max(1, Math.round(line.length / 120));
    timer = setInterval(() => {
      shown = Math.min(line.length, shown + step);
      target.textContent = line.slice(0, shown);
      if (shown >= line.length) finish();
    }, MS_PER_STEP);
  }
  return {
    get whole() {
      return whole;
    },
    finish,
    stop,
  };
}
