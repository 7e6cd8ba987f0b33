/**
 * The two SCORM run-times behind one shape: the calls and data-model names that differ between
 * SCORM 1.2 and SCORM 2004, and their time formats. The adapter (scormPort.ts) speaks only this.
 */
import type { FoundApi } from './api.ts';
import type { Effect } from '../turn.ts';

export interface ScormDialect {
  version: '1.2' | '2004';
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): string;
  el: {
    suspend: string;
    entry: string;
    sessionTime: string;
    exit: string;
    scoreRaw: string;
    scoreMin: string;
    scoreMax: string;
    interactionsCount: string;
  };
  /** Mastery from the LMS (0–100), when it sets one. */
  mastery(): number | undefined;
  /** Writes completion and success; `passed` undefined while not yet decided. */
  setStatus(completed: boolean, passed: boolean | undefined): void;
  setScaled(score: number): void;
  duration(seconds: number): string;
  /** Fields of interaction `n`. */
  interaction(n: number, i: { id: string; reply: number; effect: Effect; seconds: number; at: Date; line: string; lang: string; techniques: string[] }): [string, string][];
  exitValue(suspend: boolean): string;
}

const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, '0');

/** HHHH:MM:SS.SS (SCORM 1.2 CMITimespan). */
export function timespan12(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.min(9999, Math.floor(s / 3600));
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${pad(h, 4)}:${pad(m)}:${sec.toFixed(2).padStart(5, '0')}`;
}

/** ISO 8601 duration (SCORM 2004 timeinterval), e.g. PT1M3.5S. */
export function duration2004(seconds: number): string {
  const s = Math.max(0, Math.round(seconds * 100) / 100);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round((s % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec}S`;
}

const result12: Record<Effect, string> = { helped: 'correct', hurt: 'wrong', neutral: 'neutral' };
const result2004: Record<Effect, string> = { helped: 'correct', hurt: 'incorrect', neutral: 'neutral' };

export function dialectOf(found: FoundApi): ScormDialect {
  if (found.version === '1.2') {
    const api = found.api;
    const d: ScormDialect = {
      version: '1.2',
      initialize: () => api.LMSInitialize('') === 'true',
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => api.LMSSetValue(e, v) === 'true',
      commit: () => api.LMSCommit('') === 'true',
      finish: () => api.LMSFinish('') === 'true',
      lastError: () => `${api.LMSGetLastError()} ${api.LMSGetErrorString(api.LMSGetLastError())}`,
      el: {
        suspend: 'cmi.suspend_data',
        entry: 'cmi.core.entry',
        sessionTime: 'cmi.core.session_time',
        exit: 'cmi.core.exit',
        scoreRaw: 'cmi.core.score.raw',
        scoreMin: 'cmi.core.score.min',
        scoreMax: 'cmi.core.score.max',
        interactionsCount: 'cmi.interactions._count',
      },
      mastery: () => {
        const v = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
        return Number.isFinite(v) ? v : undefined;
      },
      // SCORM 1.2 has one status: passed/failed once decided, else completed or incomplete.
      setStatus: (completed, passed) => void d.set('cmi.core.lesson_status', passed === undefined ? (completed ? 'completed' : 'incomplete') : passed ? 'passed' : 'failed'),
      setScaled: () => undefined,
      duration: timespan12,
      interaction: (n, i) => {
        const p = `cmi.interactions.${n}`;
        const t = i.at;
        return [
          [`${p}.id`, i.id],
          ...i.techniques.map((tech, k): [string, string] => [`${p}.objectives.${k}.id`, tech]),
          [`${p}.time`, `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`],
          [`${p}.type`, 'choice'],
          // 1.2's choice responses are single characters: the reply's number, `b` for a breath.
          [`${p}.student_response`, i.reply === 0 ? 'b' : String(i.reply)],
          [`${p}.result`, result12[i.effect]],
          [`${p}.latency`, timespan12(i.seconds)],
        ];
      },
      exitValue: (suspend) => (suspend ? 'suspend' : ''),
    };
    return d;
  }
  const api = found.api;
  const d: ScormDialect = {
    version: '2004',
    initialize: () => api.Initialize('') === 'true',
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v) === 'true',
    commit: () => api.Commit('') === 'true',
    finish: () => api.Terminate('') === 'true',
    lastError: () => `${api.GetLastError()} ${api.GetErrorString(api.GetLastError())}`,
    el: {
      suspend: 'cmi.suspend_data',
      entry: 'cmi.entry',
      sessionTime: 'cmi.session_time',
      exit: 'cmi.exit',
      scoreRaw: 'cmi.score.raw',
      scoreMin: 'cmi.score.min',
      scoreMax: 'cmi.score.max',
      interactionsCount: 'cmi.interactions._count',
    },
    mastery: () => {
      const v = Number.parseFloat(api.GetValue('cmi.scaled_passing_score'));
      return Number.isFinite(v) ? v * 100 : undefined;
    },
    setStatus: (completed, passed) => {
      d.set('cmi.completion_status', completed ? 'completed' : 'incomplete');
      d.set('cmi.success_status', passed === undefined ? 'unknown' : passed ? 'passed' : 'failed');
    },
    setScaled: (score) => void d.set('cmi.score.scaled', String(Math.round(score) / 100)),
    duration: duration2004,
    interaction: (n, i) => {
      const p = `cmi.interactions.${n}`;
      const description = `{lang=${i.lang}}${i.line}`;
      return [
        [`${p}.id`, i.id],
        [`${p}.type`, 'choice'],
        ...i.techniques.map((tech, k): [string, string] => [`${p}.objectives.${k}.id`, tech]),
        [`${p}.timestamp`, i.at.toISOString().slice(0, 19)],
        [`${p}.learner_response`, i.reply === 0 ? 'breathe' : `reply-${i.reply}`],
        [`${p}.result`, result2004[i.effect]],
        [`${p}.latency`, duration2004(i.seconds)],
        [`${p}.description`, description.length > 250 ? `${description.slice(0, 249)}…` : description],
      ];
    },
    exitValue: (suspend) => (suspend ? 'suspend' : 'normal'),
  };
  return d;
}
