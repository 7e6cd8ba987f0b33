/**
 * Onboarding tracks (`scenarios/tracks.yaml`): the scenarios in the order a trainer sets, in
 * levels, so the game can suggest the next one and say what is mastered. Checked like scenarios:
 * every error is located (line:column) and worded in both languages by the check's messages.
 * Without a file, one track lists every scenario by difficulty.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { idSchema, localizedSchema, type Localized, type Scenario } from './schema.ts';
import { formatPath, suggest, type Diagnostic } from './diagnostics.ts';

export const tracksSchema = z.strictObject({
  $schema: z.string().optional(),
  tracks: z.array(z.strictObject({
    id: idSchema,
    title: localizedSchema,
    levels: z.array(z.strictObject({
      title: localizedSchema,
      scenarios: z.array(idSchema).min(1).describe('Scenario ids, in the order to play them.'),
    })).min(1),
  })).min(1),
});
/** The tracks as a trainer writes them. */
export type Tracks = z.infer<typeof tracksSchema>;
export type Track = Tracks['tracks'][number];

const DEFAULT_TITLES: Record<'easy' | 'medium' | 'hard', Localized> = {
  easy: { en: 'Level 1 — first conversations', ar: 'المستوى ١ — محادثات أولى' },
  medium: { en: 'Level 2 — harder customers', ar: 'المستوى ٢ — عملاء أصعب' },
  hard: { en: 'Level 3 — the hardest calls', ar: 'المستوى ٣ — أصعب المواقف' },
};

/** One track of every scenario, a level per difficulty, easiest first. */
export function defaultTracks(scenarios: readonly Scenario[]): Tracks {
  const levels = (['easy', 'medium', 'hard'] as const)
    .map((d) => ({ title: DEFAULT_TITLES[d], scenarios: scenarios.filter((s) => s.difficulty === d).map((s) => s.id).sort() }))
    .filter((l) => l.scenarios.length > 0);
  return { tracks: [{ id: 'onboarding', title: { en: 'Onboarding', ar: 'التأهيل' }, levels }] };
}

/** Reads `text` (the tracks file `file`) against the scenarios there are; never throws. */
export function loadTracks(text: string, file: string, scenarioIds: readonly string[]): { tracks?: Tracks; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const at = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true)) as Node | null;
      if (node?.range) return pos(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  const error = (path: readonly PropertyKey[], code: Diagnostic['code'], params: Diagnostic['params'], where = at(path)): Diagnostic =>
    ({ severity: 'error', code, file, ...where, path: formatPath(path), params });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { diagnostics: [error([], 'yaml-syntax', { detail: e.message.split('\n')[0]!, kind: 'other' }, pos(e.pos[0]))] };
  }
  const parsed = tracksSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
          const key = issue.keys[0]!;
          const node = doc.getIn(path as unknown[], true);
          const pair = isMap(node) ? node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) : undefined;
          const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
          return error([...path, key], 'unknown-field', { field: key, suggestion: '', known: 'tracks, id, title, levels, scenarios' }, range ? pos(range[0]) : at(path));
        }
        if (issue.input === undefined) return error(path, 'missing-field', { field: String(path.at(-1) ?? '') });
        if (issue.code === 'invalid_type') return error(path, 'wrong-type', { expected: issue.expected, received: Array.isArray(issue.input) ? 'list' : typeof issue.input });
        if (issue.code === 'too_small') return error(path, 'too-few', { minimum: Number(issue.minimum) });
        if (issue.code === 'invalid_format') return error(path, 'bad-id', { value: String(issue.input) });
        return error(path, 'invalid', { detail: issue.message });
      }),
    };
  }
  const diagnostics: Diagnostic[] = [];
  parsed.data.tracks.forEach((track, t) => track.levels.forEach((level, l) => level.scenarios.forEach((id, s) => {
    if (scenarioIds.includes(id)) return;
    const path = ['tracks', t, 'levels', l, 'scenarios', s];
    diagnostics.push(error(path, 'not-one-of', { value: id, allowed: scenarioIds.join(', '), suggestion: suggest(id, scenarioIds) ?? '' }));
  })));
  return diagnostics.length ? { diagnostics } : { tracks: parsed.data, diagnostics };
}

export { trackProgress } from './trackProgress.ts';
