/**
 * Which scenarios a package offers, from the package command's options: every scenario, the
 * ones named with `--scenarios`, or a track's (`--track`, maybe one `--level`) in the track's
 * order. Wrong options come back as a message that says what to do instead.
 */
import type { Scenario } from '../../core/schema.ts';
import type { Tracks } from '../../core/tracks.ts';
import type { PackageOptions } from './build.ts';

export interface PackageChoice {
  scenarios?: string;
  track?: string;
  /** 1-based, as a trainer counts levels. */
  level?: string;
}

export type Chosen = { scenarios: Scenario[]; track?: NonNullable<PackageOptions['track']> } | { error: string };

export function choosePackageScenarios(all: readonly Scenario[], tracks: Tracks, choice: PackageChoice): Chosen {
  const byId = (id: string) => all.find((s) => s.id === id);
  if (choice.level !== undefined && choice.track === undefined) return { error: '--level: say which track it belongs to. Example: --track onboarding --level 2' };
  if (choice.track !== undefined) {
    if (choice.scenarios !== undefined) return { error: '--track and --scenarios: choose one. A track packages its own scenarios.' };
    const track = tracks.tracks.find((t) => t.id === choice.track);
    if (!track) return { error: `--track: no track "${choice.track}" in scenarios/tracks.yaml. Known: ${tracks.tracks.map((t) => t.id).join(', ')}` };
    let level: number | undefined;
    if (choice.level !== undefined) {
      level = Number(choice.level) - 1;
      if (!Number.isInteger(level) || level < 0 || level >= track.levels.length) {
        return { error: `--level: "${choice.level}" is not a level of track "${track.id}": it has levels 1 to ${track.levels.length}. Example: --track ${track.id} --level 1` };
      }
    }
    const ids = (level === undefined ? track.levels : [track.levels[level]!]).flatMap((l) => l.scenarios);
    const missing = ids.filter((id) => !byId(id));
    if (missing.length) return { error: `--track: track "${track.id}" names ${missing.map((m) => `"${m}"`).join(', ')}, which no scenario file defines. Run npm run sabr -- check.` };
    return { scenarios: ids.map((id) => byId(id)!), track: { track, ...(level !== undefined ? { level } : {}) } };
  }
  if (choice.scenarios === undefined) return { scenarios: [...all] };
  const wanted = choice.scenarios.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((id) => !byId(id));
  if (unknown.length) return { error: `--scenarios: no scenario with id ${unknown.map((u) => `"${u}"`).join(', ')}. Known: ${all.map((s) => s.id).join(', ')}` };
  if (!wanted.length) return { error: '--scenarios: name at least one scenario. Example: --scenarios late-router,sixty-days' };
  return { scenarios: wanted.map((id) => byId(id)!) };
}
