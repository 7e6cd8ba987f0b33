/**
 * The input guard's rule for clicks (issue 7): a click on the spot the last click was, just after
 * the screen that click changed, belongs to the screen before and is dropped; a click made on this
 * screen never makes the next one stale. (The browser tests hold keys and double clicks.)
 */
import { describe, expect, it } from 'vitest';
import { InputGuard, SETTLE_MS } from '../../src/game/input.ts';

function setup() {
  const target = new EventTarget();
  let now = 1000;
  const guard = new InputGuard(target as unknown as Window, () => now);
  const click = (x: number, y: number): boolean => {
    const event = new Event('click', { cancelable: true });
    Object.assign(event, { detail: 1, clientX: x, clientY: y });
    let reached = false;
    const listener = () => (reached = true);
    target.addEventListener('click', listener);
    target.dispatchEvent(event);
    target.removeEventListener('click', listener);
    return reached;
  };
  return { guard, click, wait: (ms: number) => (now += ms) };
}

describe('clicks and screens', () => {
  it('drops a click on the same spot just after the screen its previous click changed, not after it settles', () => {
    const { guard, click, wait } = setup();
    expect(click(100, 500)).toBe(true);
    guard.newScreen(); // that click changed the screen
    wait(120);
    expect(click(104, 503)).toBe(false);
    wait(SETTLE_MS);
    expect(click(104, 503)).toBe(true);
  });

  it('takes a click on the spot of a click made on this screen (the line tapped whole, a reply scrolled there)', () => {
    const { guard, click, wait } = setup();
    click(100, 500);
    guard.newScreen();
    wait(600);
    guard.newScreen(); // the next screen
    wait(40);
    expect(click(200, 300)).toBe(true); // taps the line on this screen
    wait(60);
    expect(click(202, 301)).toBe(true); // a reply now under the finger
  });

  it('takes a click elsewhere at once', () => {
    const { guard, click, wait } = setup();
    click(100, 500);
    guard.newScreen();
    wait(50);
    expect(click(100, 200)).toBe(true);
  });
});
