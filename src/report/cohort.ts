/**
 * What a cohort's statements say, for the trainer's report: per trainee, completion and score;
 * per principle, how often replies citing it helped or hurt; per scenario, the beats where most
 * conversations turned for the worse. Pure: statements in, numbers out.
 */
import type { Statement } from '@xapi/xapi';
import { EXT } from './profile.ts';

export interface TraineeRow {
  key: string;
  name: string;
  scenarios: number;
  completed: number;
  passed: number;
  /** Best scaled score ×100 per scenario, averaged; null before any ending. */
  score: number | null;
}

export interface PrincipleRow {
  principle: string;
  helped: number;
  hurt: number;
}

export interface TurningBeat {
  beat: string;
  /** The customer's line as recorded, by language (a cohort may have played in both). */
  lines: Record<string, string>;
  /** Conversations whose worst reply was here. */
  count: number;
}

export interface ScenarioRow {
  scenario: string;
  conversations: number;
  turning: TurningBeat[];
}

export interface Cohort {
  trainees: TraineeRow[];
  principles: PrincipleRow[];
  scenarios: ScenarioRow[];
  statements: number;
}

const verbOf = (s: Statement) => s.verb.id.split('/').pop() ?? '';
const objectId = (s: Statement) => (s.object as { id?: string }).id ?? '';

function actorKey(s: Statement): { key: string; name: string } {
  const a = s.actor as { name?: string; mbox?: string; account?: { homePage: string; name: string }; openid?: string; mbox_sha1sum?: string };
  const key = a.mbox ?? (a.account ? `${a.account.homePage}|${a.account.name}` : a.openid ?? a.mbox_sha1sum ?? JSON.stringify(a));
  return { key, name: a.name ?? a.mbox?.replace(/^mailto:/, '') ?? a.account?.name ?? key };
}

type Meters = Record<string, number>;

/**
 * Sabr's statements among an LRS's: replies carrying Sabr's extensions, and the completed,
 * passed and failed statements about the activities those replies belong to.
 */
export function sabrStatements(all: Statement[]): Statement[] {
  const isReply = (s: Statement) => verbOf(s) === 'answered' && EXT.techniques in ((s.result?.extensions ?? {}) as object);
  const activities = new Set(all.filter(isReply).map((s) => objectId(s).replace(/\/beat\/.*$/, '')));
  return all.filter((s) => isReply(s) || (['completed', 'passed', 'failed'].includes(verbOf(s)) && activities.has(objectId(s))));
}

export function summarize(statements: Statement[]): Cohort {
  const trainees = new Map<string, { name: string; scenarios: Set<string>; completed: Set<string>; passed: Set<string>; best: Map<string, number> }>();
  const principles = new Map<string, PrincipleRow>();
  // scenario → attempt → worst turn so far
  const attempts = new Map<string, Map<string, { beat: string; drop: number }>>();
  const lines = new Map<string, Record<string, string>>();
  for (const s of statements) {
    const { key, name } = actorKey(s);
    const t = trainees.get(key) ?? { name, scenarios: new Set(), completed: new Set(), passed: new Set(), best: new Map() };
    trainees.set(key, t);
    const verb = verbOf(s);
    const ext = (s.result?.extensions ?? {}) as Record<string, unknown>;
    const ctx = (s.context?.extensions ?? {}) as Record<string, unknown>;
    if (verb === 'answered') {
      const scenario = String(ctx[EXT.scenario] ?? objectId(s).replace(/\/beat\/.*$/, ''));
      const activity = objectId(s).replace(/\/beat\/.*$/, '');
      t.scenarios.add(activity);
      const effect = ext[EXT.effect];
      for (const p of (ext[EXT.principles] as string[] | undefined) ?? []) {
        const row = principles.get(p) ?? { principle: p, helped: 0, hurt: 0 };
        if (effect === 'helped') row.helped += 1;
        if (effect === 'hurt') row.hurt += 1;
        principles.set(p, row);
      }
      const before = ext[EXT.metersBefore] as Meters | undefined;
      const after = ext[EXT.metersAfter] as Meters | undefined;
      if (before && after) {
        const drop = after.trust! - before.trust! - (after.anger! - before.anger!);
        const beat = decodeURIComponent(objectId(s).split('/beat/')[1] ?? '');
        const def = (s.object as { definition?: { description?: Record<string, string> } }).definition;
        const said = def?.description ?? {};
        lines.set(`${scenario}|${beat}`, { ...lines.get(`${scenario}|${beat}`), ...said });
        const id = `${key}|${String(ctx[EXT.attempt] ?? s.context?.registration ?? '')}`;
        const byAttempt = attempts.get(scenario) ?? new Map();
        attempts.set(scenario, byAttempt);
        const worst = byAttempt.get(id);
        if (!worst || drop < worst.drop) byAttempt.set(id, { beat, drop });
      }
    } else {
      const activity = objectId(s);
      if (verb === 'completed') t.completed.add(activity);
      if (verb === 'passed') t.passed.add(activity);
      const scaled = s.result?.score?.scaled;
      if ((verb === 'passed' || verb === 'failed') && typeof scaled === 'number') {
        t.scenarios.add(activity);
        t.best.set(activity, Math.max(t.best.get(activity) ?? 0, Math.round(scaled * 100)));
      }
    }
  }
  const scenarios: ScenarioRow[] = [...attempts].map(([scenario, byAttempt]) => {
    const counts = new Map<string, number>();
    for (const w of byAttempt.values()) if (w.drop < 0) counts.set(w.beat, (counts.get(w.beat) ?? 0) + 1);
    const turning = [...counts]
      .map(([beat, count]) => ({ beat, count, lines: lines.get(`${scenario}|${beat}`) ?? {} }))
      .sort((a, b) => b.count - a.count || a.beat.localeCompare(b.beat));
    return { scenario, conversations: byAttempt.size, turning };
  });
  return {
    trainees: [...trainees.entries()]
      .map(([key, t]) => {
        const bests = [...t.best.values()];
        return { key, name: t.name, scenarios: t.scenarios.size, completed: t.completed.size, passed: t.passed.size, score: bests.length ? Math.round(bests.reduce((a, b) => a + b, 0) / bests.length) : null };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    principles: [...principles.values()].sort((a, b) => Number(a.principle.slice(1)) - Number(b.principle.slice(1))),
    scenarios: scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario)),
    statements: statements.length,
  };
}
