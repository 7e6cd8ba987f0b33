import { describe, expect, it } from 'vitest';
import { TINY_HEADER } from '../core/fixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, sabr, workspace } from './support.ts';

const TINY = `${TINY_HEADER}    hostility: 1
    line: { en: "This is wrong!", ar: "هذا خطأ!" }
    options:
      - text: { en: "I understand, Huda.", ar: "أفهمك يا هدى." }
        techniques: [listen, acknowledge, use-name]
        next: fix
      - text: { en: "That's not my fault.", ar: "هذا ليس ذنبي." }
        techniques: [argue]
        next: open
  - id: fix
    line: { en: "So?", ar: "طيب؟" }
    options:
      - text: { en: "I've fixed it now.", ar: "أصلحته الآن." }
        techniques: [apologize, solve]
        sets: [solved]
        next: done
endings:
  - id: done
    line: { en: "Fine, thanks.", ar: "طيب، شكرًا." }
`;

describe('sabr check', () => {
  it('passes valid files and exits 0', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['check', 'tiny.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tiny.yaml: OK');
  });

  it('exits 1 and prints file:line:column, the problem and a hint', async () => {
    const dir = workspace({ 'bad.yaml': TINY.replace('[listen, acknowledge, use-name]', '[listen, acknowledge, usename]') });
    const r = await sabr(['check', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.yaml:18:43 +error \[not-one-of\]/);
    expect(r.out).toContain('use-name');
    expect(r.out).toMatch(/1 file checked: 1 error, 0 warnings\./);
  });

  it('speaks Arabic with --lang ar and gives JSON with --json', async () => {
    const dir = workspace({ 'bad.yaml': TINY.replace('next: done', 'next: don') });
    const ar = await sabr(['check', 'bad.yaml', '--lang', 'ar'], dir);
    expect(ar.code).toBe(1);
    expect(ar.out).toMatch(/خطأ/);
    const json = await sabr(['check', 'bad.yaml', '--json'], dir);
    const report = JSON.parse(json.out);
    expect(report.errors).toBe(1);
    expect(report.files[0].diagnostics[0]).toMatchObject({ code: 'unknown-target', line: 29, column: 15, path: 'beats[1].options[0].next' });
    expect(report.files[0].diagnostics[0].message).toContain('don');
  });

  it('reports a file that does not exist as an error, not a crash', async () => {
    const r = await sabr(['check', 'nowhere.yaml'], workspace({}));
    expect(r.code).toBe(1);
    expect(r.out).toContain('nowhere.yaml:1:1');
  });

  it('checks every shipped scenario with no error and no warning but the shape ones (until the issue 8 rewrite)', async () => {
    const r = await sabr(['check', 'scenarios', '--json']);
    const report = JSON.parse(r.out);
    expect(report.files.length).toBeGreaterThanOrEqual(3);
    const other = report.files.flatMap((f: { diagnostics: { code: string }[] }) => f.diagnostics).filter((d: { code: string }) => !d.code.startsWith('reply-'));
    expect({ errors: report.errors, other }).toEqual({ errors: 0, other: [] });
    expect(r.code).toBe(0);
  });

  it('warns that always picking the longest reply wins, in both languages', async () => {
    const en = await sabr(['check', 'tests/fixtures/longest-wins.yaml']);
    expect(en.out).toMatch(/warning \[reply-shape-pattern\]  In \d+ of \d+ beats the most helpful reply is also the longest/);
    const ar = await sabr(['check', 'tests/fixtures/longest-wins.yaml', '--lang', 'ar']);
    expect(ar.out).toMatch(/تنبيه \[reply-shape-pattern\].*الأطول/);
  });
});

describe('sabr play', () => {
  it('plays a choice list and reports outcome, score, axes and turns as JSON', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['play', 'tiny.yaml', '--choose', '1,1', '--json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.outcome).toBe('satisfied');
    expect(report.score).toBeGreaterThan(50);
    expect(Object.keys(report.axes)).toEqual(['customer', 'business', 'efficiency']);
    expect(report.turns).toHaveLength(2);
    expect(report.turns[0]).toMatchObject({ beat: 'open', option: 1, techniques: ['listen', 'acknowledge', 'use-name'] });
    for (const key of ['mood', 'anger', 'trust', 'confusion', 'composure']) expect(report.turns[0]).toHaveProperty(key);
    expect(report.turns[0].rules).toContainEqual({ id: 'P5.first-acknowledgement', principle: 'P5' });
  });

  it('takes Arabic-Indic digits and the Arabic comma in a choice list', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['play', 'tiny.yaml', '--choose', '١،١', '--json'], dir);
    expect(JSON.parse(r.out).turns.map((t: { option: number }) => t.option)).toEqual([1, 1]);
  });

  it('lets a bot play', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const good = JSON.parse((await sabr(['play', 'tiny.yaml', '--bot', 'empathetic', '--json'], dir)).out);
    const bad = JSON.parse((await sabr(['play', 'tiny.yaml', '--bot', 'defensive', '--json'], dir)).out);
    expect(good.outcome).toBe('satisfied');
    expect(bad.score).toBeLessThan(good.score);
    const unknown = await sabr(['play', 'tiny.yaml', '--bot', 'kind'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe('');
  });

  it('plays interactively, re-asking on a bad answer, in Arabic', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['play', 'tiny.yaml', '--lang', 'ar'], dir, ['7', 'b', '1', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('هذا خطأ!');
    expect(r.out).toContain('أفهمك يا هدى.');
    expect(r.out).toMatch(/اكتب رقمًا من/);
    expect(r.out).toMatch(/النتيجة: /);
  });

  it("keeps the file's order for --choose and reports the order shown; --seed shuffles the replies on screen and keys follow them", async () => {
    const plain = JSON.parse((await sabr(['play', 'scenarios/late-router.yaml', '--choose', '2', '--json'])).out);
    expect(plain.seed).toBeNull();
    expect(plain.turns[0]).toMatchObject({ option: 2, order: [1, 2, 3, 4] });
    const seeded = JSON.parse((await sabr(['play', 'scenarios/late-router.yaml', '--choose', '2', '--seed', '7', '--json'])).out);
    expect(seeded.seed).toBe(7);
    expect(seeded.turns[0].option).toBe(2);
    expect([...seeded.turns[0].order].sort()).toEqual([1, 2, 3, 4]);
    expect(seeded.turns[0].order).not.toEqual([1, 2, 3, 4]);
    // Interactively with a seed, "1" is the reply listed first on screen.
    const live = await sabr(['play', 'scenarios/late-router.yaml', '--seed', '7'], root, ['1']);
    const first = /\n {2}1\. (.+)\n/.exec(live.out)![1];
    expect(live.out).toContain(`You: ${first}`);
    const bad = await sabr(['play', 'scenarios/late-router.yaml', '--seed', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('“x” is not a seed');
  });

  it('says which replies of --choose were left over when the conversation ended first', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['play', 'tiny.yaml', '--choose', '1,1,2,b', '--json'], dir);
    expect(JSON.parse(r.out).turns).toHaveLength(2);
    expect(r.err).toBe('The conversation ended at turn 2, so the last 2 replies of --choose (2,b) were not used: the route went another way than planned.\n');
    expect((await sabr(['play', 'tiny.yaml', '--choose', '1,1'], dir)).err).toBe('');
  });

  it('explains an out-of-range choice and a bad list instead of crashing', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const range = await sabr(['play', 'tiny.yaml', '--choose', '3'], dir);
    expect(range.code).toBe(2);
    expect(range.err).toContain('1 to 2');
    const list = await sabr(['play', 'tiny.yaml', '--choose', '1,x'], dir);
    expect(list.code).toBe(2);
    expect(list.err).toContain('“x”');
  });

  it('says where a broken scenario is wrong before playing', async () => {
    const dir = workspace({ 'bad.yaml': 'id: [' });
    const r = await sabr(['play', 'bad.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+/);
  });
});

describe('sabr analyze and schema', () => {
  it('reports best and worst play, endings and bots as JSON', async () => {
    const dir = workspace({ 'tiny.yaml': TINY });
    const r = await sabr(['analyze', 'tiny.yaml', '--json'], dir);
    const a = JSON.parse(r.out);
    expect(a.best.outcome).toBe('satisfied');
    expect(a.best.choose).toBe('1,1');
    expect(a.bots.map((b: { bot: string }) => b.bot.split(':')[0])).toEqual(expect.arrayContaining(['empathetic', 'defensive', 'robotic', 'longest', 'shortest', 'first', 'last']));
    const shape = a.warnings.filter((w: { code: string }) => w.code === 'shape-bot-wins').map((w: { message: string }) => w.message);
    expect(shape).toContainEqual(expect.stringMatching(/^The first bot, which picks every reply by its length or place without reading it, ends Satisfied/));
    expect(shape).toContainEqual(expect.stringContaining(`Its replies were ${a.best.choose} (play FILE --bot first replays them)`));
    expect(a.endings.map((e: { id: string }) => e.id)).toContain('done');
  });

  it("says when check would warn too, so analyze alone does not pass a file check does not", async () => {
    const dir = workspace({ 'tiny.yaml': TINY, 'digits.yaml': TINY.replace('"I\'ve fixed it now."', '"I\'ve fixed it now, in ٥ minutes."') });
    expect((await sabr(['analyze', 'tiny.yaml'], dir)).out).not.toContain('check finds');
    const r = await sabr(['analyze', 'digits.yaml'], dir);
    expect(r.out).toContain('  ! check finds 1 warning in this file too: run npm run sabr -- check digits.yaml\n');
    expect(JSON.parse((await sabr(['analyze', 'digits.yaml', '--json'], dir)).out).checkWarnings).toBe(1);
  });

  it('says which results are partial when analysis stops at --max-states, and refuses a bad cap', async () => {
    const beats = Array.from({ length: 12 }, (_, i) => ({
      id: `b${i}`,
      line: { en: `Line ${i}`, ar: `سطر ${i}` },
      options: [['listen'], ['empathize', 'use-name'], ['argue'], ['explain', 'positive-language']].map((techniques, k) => ({
        text: { en: `Reply ${i}.${k}`, ar: `رد ${i}.${k}` },
        techniques: i === 11 && k !== 2 ? [...techniques, 'solve'] : techniques,
        ...(i === 11 && k !== 2 ? { sets: ['solved'] } : {}),
        next: i === 11 ? 'end' : `b${i + 1}`,
      })),
    }));
    const big = { id: 'big', languages: ['en', 'ar'], title: { en: 'Big', ar: 'كبير' }, summary: { en: 'Big.', ar: 'كبير.' }, briefing: { en: 'Big.', ar: 'كبير.' }, difficulty: 'hard', minutes: 9, goals: ['P1'], maxTurns: 30, customer: { name: { en: 'Sam', ar: 'سام' }, archetype: 'angry', traits: ['patient'], start: { anger: 55 } }, beats, endings: [{ id: 'end', line: { en: 'Bye.', ar: 'مع السلامة.' } }] };
    const dir = workspace({ 'big.json': JSON.stringify(big) });
    const r = await sabr(['analyze', 'big.json', '--max-states', '300'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Best play found: {2}score \d+ \(.+\) with [\d,b]+ — a better one may lie beyond the cap/);
    expect(r.out).toContain('Endings reached so far');
    expect(r.out).toContain('Exploration stopped after 300 states');
    expect(r.out).not.toMatch(/^Best play: /m);
    const json = JSON.parse((await sabr(['analyze', 'big.json', '--max-states', '300', '--json'], dir)).out);
    expect(json.complete).toBe(false);
    expect(json.incomplete).toContain('best');
    expect(json.best.finished).toBe(true);
    const bad = await sabr(['analyze', 'big.json', '--max-states', '0'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a number of states');
  });

  it('prints the committed JSON Schema', async () => {
    const r = await sabr(['schema']);
    expect(r.out).toBe(readFileSync(join(root, 'scenarios/scenario.schema.json'), 'utf8'));
  });

  it('runs as `npm run sabr` from a shell', () => {
    const out = execFileSync('npm', ['run', '-s', 'sabr', '--', 'play', 'scenarios/' + firstScenario(), '--bot', 'empathetic', '--json'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out).outcome).toBe('satisfied');
  });

  it('checks tracks.yaml as the learning path, against the scenarios beside it, in a folder or named', async () => {
    const tracks = 'tracks:\n  - id: start\n    title: { en: Start, ar: البداية }\n    levels:\n      - title: { en: One, ar: واحد }\n        scenarios: [tiny, tinny]\n';
    const dir = workspace({ 'tiny.yaml': TINY, 'tracks.yaml': tracks });
    for (const args of [['check', '.'], ['check', 'tracks.yaml']]) {
      const r = await sabr(args, dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain('tracks.yaml:6:27  error [not-one-of]  “tinny” is not one of the values allowed here. Did you mean “tiny”?');
      expect(r.out).not.toContain('[missing-field]');
    }
    const fixed = workspace({ 'tiny.yaml': TINY, 'tracks.yaml': tracks.replace(', tinny', '') });
    expect((await sabr(['check', '.'], fixed)).out).toContain('tracks.yaml: OK\n2 files checked: 0 errors');
  });

  it('reads paths from the folder the trainer runs `npm run sabr` in, not the project root', () => {
    // npm runs scripts in the project root; a trainer in scenarios/ types the file's own name.
    const run = (args: string[]) => execFileSync('npm', ['run', '-s', 'sabr', '--', ...args], { cwd: join(root, 'scenarios'), encoding: 'utf8' });
    expect(run(['check', firstScenario()])).toContain(`${firstScenario()}: OK`);
    expect(JSON.parse(run(['check', '--json'])).files.length).toBeGreaterThan(1);
  });

  it('answers unknown commands and options with usage and exit 2', async () => {
    expect((await sabr(['dance'])).code).toBe(2);
    expect((await sabr(['check', '--colour'])).code).toBe(2);
    expect((await sabr(['check', '--lang', 'fr'])).code).toBe(2);
  });
});

function firstScenario(): string {
  return execFileSync('ls', [join(root, 'scenarios')], { encoding: 'utf8' }).split('\n').find((f) => f.endsWith('.yaml'))!;
}
