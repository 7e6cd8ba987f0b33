/** How `sabr check` reads files a trainer gives it: encodings, sizes, missing files, paths as typed. */
import { describe, expect, it } from 'vitest';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TINY_SCENARIO as TINY } from '../core/fixtures.ts';
import { sabr, workspace } from './support.ts';


describe('sabr check reading files', () => {
  it('refuses a file saved as Windows-1256, at its first Arabic letter, in both languages', async () => {
    // The same scenario as Notepad's "ANSI" saves it on an Arabic Windows: every Arabic letter one byte.
    const table = new TextDecoder('windows-1256');
    const byteOf = new Map<string, number>();
    for (let b = 0x80; b < 0x100; b++) byteOf.set(table.decode(new Uint8Array([b])), b);
    const bytes = Uint8Array.from([...TINY].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : [byteOf.get(c) ?? 0x3f])));
    const dir = workspace({ 'arabic.yaml': bytes });
    const en = await sabr(['check', 'arabic.yaml'], dir);
    expect(en.code).toBe(1);
    expect(en.out).toContain('arabic.yaml:3:24  error [not-utf8]  The file is not saved as UTF-8: it looks like Windows-1256');
    expect(en.out).toContain('Re-save it as UTF-8');
    const ar = await sabr(['check', 'arabic.yaml', '--lang', 'ar'], dir);
    expect(ar.out).toContain('ويبدو أنه بترميز Windows-1256');
  });

  it('refuses a device that never ends, and a file over the limit, without reading them whole', async () => {
    if (existsSync('/dev/zero')) {
      const zero = await sabr(['check', '/dev/zero']);
      expect(zero.code).toBe(1);
      expect(zero.out).toContain('/dev/zero:1:1  error [file-too-large]  The file is larger than 1 MB, the most a scenario file may be, so it was not read.');
    }
    const dir = workspace({ 'huge.yaml': '' });
    truncateSync(join(dir, 'huge.yaml'), 5 * 1024 * 1024 * 1024);
    const huge = await sabr(['check', 'huge.yaml'], dir);
    expect(huge.out).toContain('huge.yaml:1:1  error [file-too-large]');
  });

  it('says in plain words that a file is not there, and where it looked', async () => {
    const dir = workspace({});
    const r = await sabr(['check', 'nowhere.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`nowhere.yaml:1:1  error [read-failed]  There is no file called “nowhere.yaml” in ${dir}.`);
    const ar = await sabr(['play', 'nowhere.yaml', '--lang', 'ar'], dir);
    expect(ar.err).toContain('لا يوجد ملف باسم «\u2068nowhere.yaml\u2069»');
  });

  it('names the file a trainer probably meant when the name has a typo or the other ending', async () => {
    const dir = workspace({ 'until-six.yaml': TINY });
    const typo = await sabr(['check', 'untill-six.yaml'], dir);
    expect(typo.out).toContain(`untill-six.yaml:1:1  error [read-failed]  There is no file called “untill-six.yaml” in ${dir}. Did you mean “until-six.yaml”?`);
    const ending = await sabr(['check', 'until-six.yml', '--lang', 'ar'], dir);
    expect(ending.out).toContain('هل تقصد «\u2068until-six.yaml\u2069»؟');
    expect((await sabr(['check', 'weather.yaml'], dir)).out).not.toContain('Did you mean');
  });

  it('prints paths the way the trainer typed them', async () => {
    const dir = workspace({ 'bad.yaml': TINY.replace('next: done', 'next: dne') });
    writeFileSync(join(dir, 'ok.yaml'), TINY);
    const dotted = await sabr(['check', './bad.yaml', `${dir}/ok.yaml`, '.'], dir);
    expect(dotted.out).toMatch(/^\.\/bad\.yaml:19:15 +error \[unknown-target\]/m);
    expect(dotted.out).toContain(`${dir}/ok.yaml: OK`);
    expect(dotted.out).toMatch(/^\.\/ok\.yaml: OK/m);
  });
});
