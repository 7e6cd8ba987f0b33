/**
 * A cue at the bottom of a small screen when the replies are below the fold (a long line, the
 * coaching above them): a button that brings them into view and gives the first one the focus.
 * It shows only once the line is whole (the replies take input then) and while the first reply is
 * mostly out of sight, so it never covers what it points to.
 */
import { h } from '../dom.ts';

/** The cue's button and when to watch: `arm()` once the line is whole; `stop()` when the screen goes. */
export interface RepliesCue {
  node: HTMLElement;
  arm(): void;
  stop(): void;
}

export function repliesCue(label: string, first: HTMLElement, smooth: () => boolean): RepliesCue {
  const node = h('button', { type: 'button', class: 'replies-cue', 'data-action': 'to-replies', hidden: true },
    h('span', {}, label), h('span', { class: 'arrow', 'aria-hidden': 'true' }, '↓'));
  let observer: IntersectionObserver | undefined;
  node.addEventListener('click', () => {
    first.scrollIntoView({ block: 'center', behavior: smooth() ? 'smooth' : 'auto' });
    first.focus({ preventScroll: true });
    node.hidden = true;
  });
  return {
    node,
    arm() {
      if (observer || typeof IntersectionObserver === 'undefined') return;
      // Most of the first reply in view (or above it, scrolled past): no cue.
      observer = new IntersectionObserver(([entry]) => {
        if (!entry) return;
        const below = entry.boundingClientRect.top > (entry.rootBounds?.top ?? 0);
        node.hidden = entry.intersectionRatio >= 0.6 || !below;
      }, { threshold: [0, 0.6, 1] });
      observer.observe(first);
    },
    stop() {
      observer?.disconnect();
    },
  };
}
