/**
 * `npm run sabr -- report --lrs URL --auth KEY:SECRET [--since DATE] [--mastery 80]
 * [--out FILE] [--lang en|ar]`: reads Sabr's statements back from an LRS and writes the cohort
 * report as HTML (report.html by default).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Statement } from '@xapi/xapi';
import type { CommandContext } from '../cli/sabr.ts';
import { translator } from '../core/i18n.ts';
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import arCli from '../../locales/ar/cli.json' with { type: 'json' };
import enReport from '../../locales/en/report.json' with { type: 'json' };
import arReport from '../../locales/ar/report.json' with { type: 'json' };
import { basicAuth, lrsClient } from './lrs.ts';
import { sabrStatements, summarize } from './cohort.ts';
import { reportHtml } from './html.ts';
import { DEFAULT_MASTERY } from './config.ts';
import { readLibrary } from '../build/scenariosPlugin.ts';
import { text } from '../core/session.ts';

const root = resolve(new URL('../..', import.meta.url).pathname);

/** The report command's own options (the CLI passes them through). */
export interface ReportValues {
  lrs?: string;
  auth?: string;
  since?: string;
  mastery?: string;
  out?: string;
}

export async function runReport(ctx: CommandContext & { values: ReportValues }): Promise<number> {
  const { io, lang, values } = ctx;
  const t = translator(lang, lang === 'ar' ? { cli: arCli, report: arReport } : { cli: enCli, report: enReport });
  const fail = (message: string) => {
    io.err(`${message}\n`);
    return 2;
  };
  if (!values.lrs) return fail('--lrs: give the LRS endpoint, e.g. --lrs https://lrs.example.com/xAPI/');
  const [key, ...rest] = (values.auth ?? '').split(':');
  if (!key || !rest.length) return fail('--auth: give the LRS key and secret as KEY:SECRET, e.g. --auth sabr:s3cret');
  let since: string | undefined;
  if (values.since) {
    const d = new Date(values.since);
    if (Number.isNaN(d.getTime())) return fail(`--since: "${values.since}" is not a date. Example: --since 2026-11-01`);
    since = d.toISOString();
  }
  const mastery = values.mastery === undefined ? DEFAULT_MASTERY : Number(values.mastery);
  if (!Number.isFinite(mastery) || mastery < 0 || mastery > 100) return fail(`--mastery: "${values.mastery}" is not a score from 0 to 100.`);
  const endpoint = values.lrs.endsWith('/') ? values.lrs : `${values.lrs}/`;
  const client = lrsClient({ endpoint, auth: basicAuth(key, rest.join(':')) });
  const all: Statement[] = [];
  try {
    let page = (await client.getStatements({ ...(since ? { since } : {}), limit: 500, ascending: true })).data as { statements: Statement[]; more?: string };
    all.push(...page.statements);
    while (page.more) {
      page = (await client.getMoreStatements({ more: page.more })).data as { statements: Statement[]; more?: string };
      all.push(...page.statements);
    }
  } catch (e) {
    return fail(`Could not read statements from ${endpoint}: ${e instanceof Error ? e.message : String(e)}. Check --lrs and --auth.`);
  }
  const cohort = summarize(sabrStatements(all));
  // Scenario titles from this checkout's library; a scenario it lacks is shown by its id.
  const titles = Object.fromEntries(readLibrary(join(root, 'scenarios'), root).scenarios.map((s) => [s.id, text(s.title, lang)]));
  const html = reportHtml({ cohort, lang, t, lrs: endpoint, ...(values.since ? { since: values.since } : {}), mastery, titles });
  const out = resolve(io.cwd, values.out ?? 'report.html');
  writeFileSync(out, html);
  io.out(`Wrote ${out}: ${cohort.trainees.length} trainee(s), ${cohort.statements} statement(s).\n`);
  return 0;
}
