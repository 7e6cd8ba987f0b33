/** The scenarios shipped with the game: checked at build time (src/build/scenariosPlugin.ts). */
import library from 'virtual:sabr-scenarios';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Scenario } from '../core/schema.ts';
import type { Tracks } from '../core/tracks.ts';

export interface Library {
  scenarios: Scenario[];
  /** Errors of files that could not be loaded (shown in development; a build refuses them). */
  problems: Diagnostic[];
  /** The onboarding tracks (scenarios/tracks.yaml, or by difficulty). */
  tracks: Tracks;
}

export function loadLibrary(): Library {
  const order = { easy: 0, medium: 1, hard: 2 };
  // Ids are lower-case ASCII: compared as strings, not with localeCompare (whose first call builds a collator, 30 ms at start-up).
  const scenarios = [...library.scenarios].sort((a, b) => order[a.difficulty] - order[b.difficulty] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { scenarios, problems: library.problems, tracks: library.tracks };
}
