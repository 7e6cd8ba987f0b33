/** Small archetype icons (decorative: the archetype's name is always written beside them). */
import type { Archetype } from '../../core/vocabulary.ts';

const PATHS: Record<Archetype, string> = {
  angry: '<path d="M24 6c2 6 9 9 9 18a9 9 0 0 1-18 0c0-4 2-6 4-8 0 3 1 5 3 6-1-6 0-11 2-16z" fill="#d64541"/>',
  confused: '<path d="M17 18a7 7 0 1 1 10 6c-2 1-3 2-3 5" fill="none" stroke="#c07a12" stroke-width="4" stroke-linecap="round"/><circle cx="24" cy="37" r="2.6" fill="#c07a12"/>',
  mistaken: '<circle cx="24" cy="24" r="15" fill="none" stroke="#2f6fb0" stroke-width="4"/><path d="M17 17l14 14" stroke="#2f6fb0" stroke-width="4" stroke-linecap="round"/>',
};

export function archetypeIcon(archetype: Archetype): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 48 48');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = PATHS[archetype];
  return svg;
}
