/** Labels about the customer agree with her gender; every key shown that way has both forms. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_GENDERED, forCustomer } from '../../src/core/address.ts';
import { translator } from '../../src/core/i18n.ts';

const NAMESPACES = ['vocabulary', 'ui', 'cli', 'rules'] as const;
const load = (lang: string) =>
  Object.fromEntries(NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'))])) as Record<string, unknown>;

/** `{ ui: { meter: { anger: '…' } } }` → `ui:meter.anger`. */
function leaves(tree: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.set(path, node);
    else for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, path ? `${path}${path.includes(':') ? '.' : ':'}${k}` : k);
  };
  walk(tree, '');
  return out;
}

const en = leaves(load('en'));
const ar = leaves(load('ar'));
const expand = (entry: string) => (entry.endsWith('.') ? [...en.keys()].filter((k) => k.startsWith(entry)) : [entry]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe("the customer's gender", () => {
  it('every key shown with it has a masculine and a feminine Arabic form', () => {
    const keys = CUSTOMER_GENDERED.flatMap(expand);
    expect(keys.length).toBeGreaterThan(50);
    const missing = keys.filter((k) => !en.has(k) || !ar.has(k) || !ar.has(`${k}_female`));
    expect(missing).toEqual([]);
  });

  it('is passed only with keys that have both forms', () => {
    // Every t(key, …) whose params carry the customer's gender (forCustomer(…) or a `gendered` value).
    const call = /\bt\(\s*(?:dynamicKey\()?(['`])([^'`]+)\1\)?\s*,\s*(?:[^()]|\([^()]*\))*?(?:gendered|forCustomer\()/g;
    const found: string[] = [];
    for (const file of [...sources('src/core'), ...sources('src/cli'), ...sources('src/game')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(call)) found.push(m[2]!);
    }
    expect(found.length).toBeGreaterThan(15);
    const covered = (key: string) => {
      const stem = key.split('${')[0]!;
      return key.includes('${')
        ? CUSTOMER_GENDERED.some((e) => e.startsWith(stem))
        : CUSTOMER_GENDERED.some((e) => e === key || (e.endsWith('.') && key.startsWith(e)));
    };
    expect(found.filter((k) => !covered(k))).toEqual([]);
  });

  it('picks the feminine label for a woman and leaves a man and English alone', () => {
    const t = translator('ar', { ui: JSON.parse(readFileSync('locales/ar/ui.json', 'utf8')) });
    expect(t('vocabulary:archetype.confused', forCustomer({ gender: 'female' }))).toBe('عميلة حائرة');
    expect(t('vocabulary:archetype.confused', forCustomer({ gender: 'male' }))).toBe('عميل حائر');
    expect(t('vocabulary:trait.proud', forCustomer({ gender: 'female' }))).toBe('معتدّة بنفسها');
    expect(t('ui:meter.belief', forCustomer({ gender: 'female' }))).toBe('اقتناعها بأنها محقة');
    expect(t('vocabulary:archetype.confused', forCustomer({}))).toBe('عميل حائر');
    expect(translator('en')('vocabulary:archetype.confused', forCustomer({ gender: 'female' }))).toBe('Confused');
  });
});
