/**
 * A pure step function compiled from an XState machine's own state nodes, guards and assign
 * actions: the same transitions xstate's `transition()` takes (SCXML selection in document order,
 * conflicts resolved the same way, actions in the same order), without building a snapshot, an
 * actor scope or the bookkeeping xstate needs for what this class of machine never does. The
 * machine stays the model; this is only a faster way to run it. It accepts compound, parallel
 * and top-level final states with guarded event transitions and `assign` actions, and refuses at
 * compile time anything else (entry/exit actions, eventless or delayed transitions, invocations,
 * history, guard combinators). Tests check it against `transition()` and a running actor.
 */
import type { AnyStateMachine, StateValue } from 'xstate';

/** A machine's state as plain data: the part of a snapshot a presenter reads. */
export interface MachineState<C> {
  readonly value: StateValue;
  readonly context: C;
  /** What the compiled step returns is `active` or `done`; xstate's snapshots may say more. */
  readonly status: 'active' | 'done' | 'error' | 'stopped';
}

/** The compiled machine: its start for an input, and one step per event. */
export interface CompiledMachine<C, E extends { type: string }, I> {
  initial(input: I): MachineState<C>;
  step(state: MachineState<C>, event: E): MachineState<C>;
}

// The parts of xstate's StateNode and TransitionDefinition the compiler reads.
interface Node {
  id: string;
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  order: number;
  parent?: Node;
  states: Record<string, Node>;
  transitions: Map<string, Transition[]>;
  initial?: { target?: Node[] };
  entry: unknown[];
  exit: unknown[];
  always?: unknown[];
  after?: unknown[];
  invoke?: unknown[];
  output?: unknown;
}
interface Transition {
  source: Node;
  target?: Node[];
  guard?: string | { type: string; params?: unknown };
  actions: unknown[];
  reenter: boolean;
}

type Guard = (args: { context: unknown; event: unknown }, params: unknown) => boolean;
type Assignment = Record<string, unknown> | ((args: object, params: unknown) => object);
interface Check {
  transition: Transition;
  guard: Guard | undefined;
  params: unknown;
}
/** What a set of enabled transitions does: the assignments in order and where it lands. */
interface Effect {
  assignments: Assignment[];
  to: Config;
}
interface Config {
  nodes: Node[];
  value: StateValue;
  done: boolean;
  /** Per event type: the transitions to try, in the shape of the active states. */
  plans: Map<string, Plan>;
  /** Per combination of enabled transitions (a trie keyed by each transition in turn). */
  effects: Map<Transition, Trie>;
}
interface Plan {
  own: Check[];
  children: Plan[];
}
interface Trie {
  effect?: Effect;
  more: Map<Transition, Trie>;
}

/** Appends the transitions xstate selects under `plan` to `out`; whether it found any. */
function select(plan: Plan, args: { context: unknown; event: unknown }, out: Transition[]): boolean {
  const before = out.length;
  for (const child of plan.children) select(child, args, out);
  if (out.length > before) return true;
  for (const c of plan.own) {
    if (c.guard && !c.guard(args, c.params)) continue;
    out.push(c.transition);
    return true;
  }
  return false;
}

const isDescendant = (node: Node, of: Node): boolean => {
  for (let p = node.parent; p; p = p.parent) if (p === of) return true;
  return false;
};
const ancestors = (node: Node): Node[] => {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
};

/** Compiles `machine`; throws if it uses what the compiled step does not do. */
export function compileMachine<C, E extends { type: string }, I>(machine: AnyStateMachine): CompiledMachine<C, E, I> {
  const root = machine.root as unknown as Node;
  const guards = (machine.implementations.guards ?? {}) as Record<string, Guard>;
  const actions = (machine.implementations.actions ?? {}) as Record<string, { type?: string; assignment?: Assignment }>;
  const all: Node[] = [];
  const visit = (node: Node) => {
    all.push(node);
    const unsupported =
      node.entry.length || node.exit.length || node.always?.length || node.after?.length || node.invoke?.length ||
      node.type === 'history' || (node.type === 'final' && node.parent !== root) || node.output !== undefined;
    if (unsupported) throw new Error(`compileMachine: state "${node.id}" uses what the compiled step does not do`);
    for (const [type, list] of node.transitions) {
      if (type.includes('*')) throw new Error(`compileMachine: wildcard event "${type}" in "${node.id}"`);
      for (const t of list) {
        if (typeof t.guard === 'function') throw new Error(`compileMachine: inline or combined guard in "${node.id}"`);
        const guard = t.guard === undefined ? undefined : guards[typeof t.guard === 'string' ? t.guard : t.guard.type];
        if (t.guard !== undefined && (typeof guard !== 'function' || 'check' in guard)) throw new Error(`compileMachine: unknown or combined guard in "${node.id}"`);
        if (typeof t.guard === 'object' && typeof t.guard.params === 'function') throw new Error(`compileMachine: dynamic guard params in "${node.id}"`);
        for (const a of t.actions) {
          if (typeof a !== 'string' || actions[a]?.type !== 'xstate.assign') throw new Error(`compileMachine: action other than a named assign in "${node.id}"`);
        }
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(root);

  const configs = new Map<string, Config>();
  const byValue = new WeakMap<object, Config>();

  /** Adds the defaults a configuration needs (initial children, every region) and ancestors. */
  const complete = (set: Set<Node>): Node[] => {
    const add = (node: Node) => {
      if (set.has(node)) return;
      set.add(node);
      if (node.parent) add(node.parent);
    };
    for (const n of [...set]) for (const a of ancestors(n)) set.add(a);
    let grew = true;
    while (grew) {
      grew = false;
      for (const node of [...set]) {
        const children = Object.values(node.states);
        if (node.type === 'parallel') {
          for (const c of children) if (!set.has(c)) (add(c), (grew = true));
        } else if (node.type === 'compound' && !children.some((c) => set.has(c))) {
          for (const t of node.initial?.target ?? []) add(t);
          grew = true;
        }
      }
    }
    return [...set].sort((a, b) => a.order - b.order);
  };

  const valueOf = (node: Node, active: Set<Node>): StateValue => {
    const children = Object.values(node.states).filter((c) => active.has(c));
    if (node.type === 'parallel') {
      const v: Record<string, StateValue> = {};
      for (const c of children) v[c.key] = valueOf(c, active);
      return v;
    }
    const child = children[0]!;
    return child.type === 'compound' || child.type === 'parallel' ? { [child.key]: valueOf(child, active) } : child.key;
  };

  const configOf = (nodes: Node[]): Config => {
    const active = new Set(nodes);
    const value = valueOf(root, active);
    const key = JSON.stringify(value);
    const known = configs.get(key);
    if (known) return known;
    const config: Config = {
      nodes,
      value: typeof value === 'string' ? value : deepFreeze(value),
      done: nodes.some((n) => n.type === 'final'),
      plans: new Map(),
      effects: new Map(),
    };
    configs.set(key, config);
    if (typeof config.value === 'object') byValue.set(config.value, config);
    return config;
  };

  const fromValue = (value: StateValue): Config => {
    if (typeof value === 'object') {
      const known = byValue.get(value);
      if (known) return known;
    }
    const known = configs.get(JSON.stringify(value));
    if (known) return known;
    const set = new Set<Node>();
    const walk = (node: Node, v: StateValue | undefined) => {
      set.add(node);
      if (v === undefined) return;
      if (typeof v === 'string') return walk(child(node, v), undefined);
      for (const [k, sub] of Object.entries(v)) walk(child(node, k), sub);
    };
    const child = (node: Node, key: string) => {
      const c = node.states[key];
      if (!c) throw new Error(`compileMachine: no state "${key}" in "${node.id}"`);
      return c;
    };
    walk(root, value);
    return configOf(complete(set));
  };

  // xstate's transitionNode: a region's (or child's) own choice first; a parent's only when none of its children has one.
  const planOf = (node: Node, active: Set<Node>, type: string): Plan => {
    const own = (node.transitions.get(type) ?? []).map((transition): Check => {
      const g = transition.guard;
      return { transition, guard: g === undefined ? undefined : guards[typeof g === 'string' ? g : g.type], params: typeof g === 'object' ? g.params : undefined };
    });
    const children = Object.values(node.states).filter((c) => active.has(c)).map((c) => planOf(c, active, type));
    return { own, children };
  };
  const planFor = (config: Config, type: string): Plan => {
    let plan = config.plans.get(type);
    if (!plan) config.plans.set(type, (plan = planOf(root, new Set(config.nodes), type)));
    return plan;
  };

  const domainOf = (t: Transition): Node | undefined => {
    const targets = t.target;
    if (!targets?.length) return undefined;
    if (!t.reenter && targets.every((x) => x === t.source || isDescendant(x, t.source))) return t.source;
    const rest = [...targets.slice(1), t.source];
    for (const a of ancestors(targets[0]!)) if (rest.every((x) => isDescendant(x, a))) return a;
    return t.reenter ? undefined : root;
  };

  const exitSet = (t: Transition, config: Config): Set<Node> => {
    const out = new Set<Node>();
    const domain = domainOf(t);
    if (!domain) return out;
    if (t.reenter && t.source === domain) out.add(domain);
    for (const n of config.nodes) if (isDescendant(n, domain)) out.add(n);
    return out;
  };

  const effectOf = (config: Config, enabled: Transition[]): Effect => {
    // xstate's removeConflictingTransitions, then its microstep's exit, actions and entry.
    const filtered: Transition[] = [];
    for (const t1 of enabled) {
      let preempted = false;
      const remove = new Set<Transition>();
      const exit1 = exitSet(t1, config);
      for (const t2 of filtered) {
        const exit2 = exitSet(t2, config);
        if ([...exit1].some((n) => exit2.has(n))) {
          if (isDescendant(t1.source, t2.source)) remove.add(t2);
          else {
            preempted = true;
            break;
          }
        }
      }
      if (!preempted) {
        for (const t of remove) filtered.splice(filtered.indexOf(t), 1);
        if (!filtered.includes(t1)) filtered.push(t1);
      }
    }
    const next = new Set(config.nodes);
    for (const t of filtered) for (const n of exitSet(t, config)) next.delete(n);
    for (const t of filtered) {
      const domain = domainOf(t);
      for (const target of t.target ?? []) {
        next.add(target);
        for (const a of ancestors(target)) {
          if (a === domain) break;
          next.add(a);
        }
      }
    }
    const assignments = filtered.flatMap((t) => t.actions.map((a) => actions[a as string]!.assignment!));
    return { assignments, to: configOf(complete(next)) };
  };

  const step = (state: MachineState<C>, event: E): MachineState<C> => {
    const config = fromValue(state.value);
    if (config.done) return state;
    const args = { context: state.context as unknown, event: event as unknown };
    const enabled: Transition[] = [];
    select(planFor(config, event.type), args, enabled);
    if (!enabled.length) return state;
    let node: Trie | undefined;
    let map = config.effects;
    for (const t of enabled) {
      node = map.get(t);
      if (!node) map.set(t, (node = { more: new Map() }));
      map = node.more;
    }
    const effect = (node!.effect ??= effectOf(config, enabled));
    let context = state.context;
    for (const assignment of effect.assignments) {
      const assignArgs = { context, event };
      let partial: object;
      if (typeof assignment === 'function') partial = assignment(assignArgs, undefined);
      else {
        const p: Record<string, unknown> = {};
        for (const key in assignment) {
          const a = assignment[key];
          p[key] = typeof a === 'function' ? (a as (x: object, params: unknown) => unknown)(assignArgs, undefined) : a;
        }
        partial = p;
      }
      context = Object.assign({}, context, partial);
    }
    const to = effect.to;
    if (to === config && context === state.context) return state;
    return { value: to.value, context, status: to.done ? 'done' : 'active' };
  };

  const contextFactory = (machine.config as { context?: unknown }).context;
  const start = configOf(complete(new Set([root])));
  return {
    initial(input: I): MachineState<C> {
      const context = (typeof contextFactory === 'function'
        ? contextFactory({ input, self: undefined, spawn: () => { throw new Error('compileMachine: spawn in context'); } })
        : contextFactory) as C;
      return { value: start.value, context, status: start.done ? 'done' : 'active' };
    },
    step,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
