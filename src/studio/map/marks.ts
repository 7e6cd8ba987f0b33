/**
 * How the check's and the analysis's findings colour the branch map. The table is the only place
 * that knows the codes: a new code (a lint or analysis warning) gets a row here and the map,
 * its legend and its labels follow. A code with no row still marks its beat or reply as
 * "has a warning", so nothing found is ever hidden.
 */
import type { Diagnostic } from '../../core/diagnostics.ts';

/** Kinds of mark, each with a colour in the stylesheet (`.mark-<kind>`) and a legend entry. */
export const MARK_KINDS = ['start', 'ending', 'best', 'unreachable', 'noEnding', 'deadEnd', 'shape', 'warning'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** Code → mark. Codes are lint diagnostics or analysis warnings. */
export const MARKS: Record<string, MarkKind> = {
  'unreachable-beat': 'unreachable',
  'unvisited-beat': 'unreachable',
  'unvisited-ending': 'unreachable',
  'no-ending-path': 'noEnding',
  'dead-end': 'deadEnd',
};

/** Codes about how a reply is written rather than where it leads (teach's shape warnings). */
const SHAPE = /shape|give-?away|longest|telltale/;

/** The mark a finding's code puts on the map. */
export function markFor(code: string): MarkKind {
  return MARKS[code] ?? (SHAPE.test(code) ? 'shape' : 'warning');
}

/** Where a finding lands on the map: a beat, or one reply of a beat. */
export interface Target {
  beat: string;
  option?: number;
}

/** The beat (and reply) a diagnostic's path points into, given the beat and ending ids in order. */
export function targetOfPath(path: string, beats: string[], endings: string[]): Target | undefined {
  const m = /^(beats|endings)\[(\d+)\](?:\.options\[(\d+)\])?/.exec(path);
  if (!m) return undefined;
  const id = (m[1] === 'beats' ? beats : endings)[Number(m[2])];
  if (id === undefined) return undefined;
  return m[3] !== undefined ? { beat: id, option: Number(m[3]) } : { beat: id };
}

/** The beat (and reply) an analysis warning names in its params (`option` counts from 1). */
export function targetOfParams(params: Record<string, string | number>): Target | undefined {
  if (typeof params.beat !== 'string') return undefined;
  return typeof params.option === 'number' ? { beat: params.beat, option: params.option - 1 } : { beat: params.beat };
}

/** Lint warnings that are about the map (a beat or a reply), not the file as a whole. */
export function mapDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code !== 'missing-translation' && d.code !== 'undeclared-language');
}
