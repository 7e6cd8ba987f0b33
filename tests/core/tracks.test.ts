import { describe, expect, it } from 'vitest';
import { defaultTracks, loadTracks, trackProgress } from '../../src/core/tracks.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import type { Scenario } from '../../src/core/schema.ts';

const ids = ['late-router', 'oil-in-the-bill', 'sixty-days'];
const good = `tracks:
  - id: onboarding
    title: { en: First weeks, ar: الأسابيع الأولى }
    levels:
      - title: { en: Listen first, ar: استمع أولًا }
        scenarios: [sixty-days]
      - title: { en: Harder, ar: أصعب }
        scenarios: [late-router, oil-in-the-bill]
`;

describe('onboarding tracks', () => {
  it('reads a trainer\'s order and suggests the next scenario not yet mastered', () => {
    const { tracks, diagnostics } = loadTracks(good, 'tracks.yaml', ids);
    expect(diagnostics).toEqual([]);
    const track = tracks!.tracks[0]!;
    expect(trackProgress(track, new Set())).toEqual({ next: 'sixty-days', level: 0, done: 0, total: 3 });
    expect(trackProgress(track, new Set(['sixty-days']))).toEqual({ next: 'late-router', level: 1, done: 1, total: 3 });
    expect(trackProgress(track, new Set(ids))).toEqual({ level: 1, done: 3, total: 3 });
  });

  it('locates an unknown scenario id, with a suggestion, in both languages', () => {
    const { tracks, diagnostics } = loadTracks(good.replace('[sixty-days]', '[sixty-day]'), 'tracks.yaml', ids);
    expect(tracks).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'not-one-of', line: 6, column: 21, path: 'tracks[0].levels[0].scenarios[0]', params: { suggestion: 'sixty-days' } });
    expect(formatDiagnostic(diagnostics[0]!, 'en')).toContain('tracks.yaml:6:21');
    expect(formatDiagnostic(diagnostics[0]!, 'ar')).toContain('tracks.yaml:6:21');
  });

  it('locates a missing field, an unknown field and broken YAML', () => {
    expect(loadTracks(good.replace('    title: { en: First weeks, ar: الأسابيع الأولى }\n', ''), 'f', ids).diagnostics[0]).toMatchObject({ code: 'missing-field', params: { field: 'title' } });
    expect(loadTracks(good.replace('levels:', 'levles:'), 'f', ids).diagnostics.map((d) => d.code)).toContain('unknown-field');
    expect(loadTracks('tracks: [\n', 'f', ids).diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });

  it('defaults to one track by difficulty', () => {
    const s = (id: string, difficulty: Scenario['difficulty']) => ({ id, difficulty }) as Scenario;
    const t = defaultTracks([s('b', 'hard'), s('a', 'easy'), s('c', 'easy')]);
    expect(t.tracks[0]!.levels.map((l) => l.scenarios)).toEqual([['a', 'c'], ['b']]);
  });
});

describe('the shipped tracks file', () => {
  it('names only scenarios that are shipped', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../scenarios/', import.meta.url).pathname;
    const shipped = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'tracks.yaml').map((f) => f.replace(/\.ya?ml$/, ''));
    const { tracks, diagnostics } = loadTracks(readFileSync(`${dir}tracks.yaml`, 'utf8'), 'scenarios/tracks.yaml', shipped);
    expect(diagnostics).toEqual([]);
    expect(tracks!.tracks[0]!.levels.length).toBeGreaterThan(0);
  });
});
