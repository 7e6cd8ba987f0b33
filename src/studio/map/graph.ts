/**
 * The branch map's data: beats and endings as nodes, replies as edges, and the marks the check
 * and the analysis put on them. Pure: the worker and the page both build it from the core's
 * own results.
 */
import type { Analysis } from '../../core/analyze.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { Scenario } from '../../core/schema.ts';
import { choose, startSession } from '../../core/session.ts';
import { targetsOf } from '../../core/graph.ts';
import { mapDiagnostics, markFor, targetOfParams, targetOfPath, type MarkKind, type Target } from './marks.ts';

/** A beat or an ending, with its marks. */
export interface MapNode {
  id: string;
  kind: 'beat' | 'ending';
  marks: MarkKind[];
}

/** A reply from one beat to one target (a reply with branches gives one edge per target). */
export interface MapEdge {
  from: string;
  to: string;
  /** The reply's index in its beat (0-based). */
  option: number;
  marks: MarkKind[];
}

/** Everything the map draws. */
export interface BranchMap {
  start: string;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Set once the analysis ran on this version: states explored, whether it finished, and each bot's play. */
  analysis?: { states: number; complete: boolean; bots: { bot: string; outcome: string | null; score: number }[] };
}

/** The map of a loaded scenario, with the check's marks and, when given, the analysis's. */
export function buildMap(scenario: Scenario, diagnostics: Diagnostic[], analysis?: Analysis): BranchMap {
  const start = scenario.start ?? scenario.beats[0]!.id;
  const nodes: MapNode[] = [
    ...scenario.beats.map((b): MapNode => ({ id: b.id, kind: 'beat', marks: b.id === start ? ['start'] : [] })),
    ...scenario.endings.map((e): MapNode => ({ id: e.id, kind: 'ending', marks: ['ending'] })),
  ];
  const edges: MapEdge[] = scenario.beats.flatMap((b) =>
    b.options.flatMap((o, option) => [...new Set(targetsOf(o.next))].map((to): MapEdge => ({ from: b.id, to, option, marks: [] }))));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const mark = (target: Target | undefined, kind: MarkKind) => {
    if (!target) return;
    const list = target.option === undefined ? [byId.get(target.beat)] : edges.filter((e) => e.from === target.beat && e.option === target.option);
    for (const item of list) if (item && !item.marks.includes(kind)) item.marks.push(kind);
  };
  const beats = scenario.beats.map((b) => b.id);
  const endings = scenario.endings.map((e) => e.id);
  for (const d of mapDiagnostics(diagnostics)) mark(targetOfPath(d.path, beats, endings), markFor(d.code));
  if (analysis) {
    for (const w of analysis.warnings) mark(targetOfParams(w.params), markFor(w.code));
    for (const step of route(scenario, analysis.best.moves)) {
      mark({ beat: step.beat }, 'best');
      for (const e of edges) if (e.from === step.beat && e.option === step.option && e.to === step.to && !e.marks.includes('best')) e.marks.push('best');
      if (step.to) mark({ beat: step.to }, 'best');
    }
  }
  return { start, nodes, edges, ...(analysis ? { analysis: { states: analysis.states, complete: analysis.complete, bots: analysis.bots.map((b) => ({ bot: b.bot, outcome: b.outcome ?? null, score: b.score })) } } : {}) };
}

/** The beats and replies a list of moves passes through. */
function route(scenario: Scenario, moves: number[]): { beat: string; option: number; to: string | null }[] {
  let session = startSession(scenario, { record: false });
  const steps: { beat: string; option: number; to: string | null }[] = [];
  for (const move of moves) {
    if (session.at.kind !== 'beat' || move < 0) break;
    const beat = session.at.id;
    session = choose(session, move);
    steps.push({ beat, option: move, to: session.at.id });
  }
  return steps;
}
