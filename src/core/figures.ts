/**
 * The drawn customers a scenario can pick with `customer.look.figure`. The game draws them
 * (src/game/portrait.ts takes its FIGURES from here), so the check can warn about a name the game
 * does not know instead of the game silently drawing someone else.
 */
export const FIGURE_IDS = [
  'man-thobe',
  'woman-hijab',
  'man-suit',
  'woman-blazer',
  'young-man-casual',
  'older-woman-hijab',
  'man-cap-uniform',
  'older-man-glasses',
  'man-kandura',
  'woman-shayla',
] as const;

/** A figure name as the game reads it: case, spaces and underscores forgiven. */
export function normalizeFigure(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
