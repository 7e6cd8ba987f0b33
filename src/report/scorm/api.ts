/**
 * Finding the LMS's SCORM API as the run-time specs describe: the nearest window in the chain
 * of parents that holds `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004), then the opener and its
 * parents; at most 500 steps (the 2004 algorithm's limit; 1.2's sample stops at 7, which the
 * longer walk includes). A window of another origin is skipped, never thrown on.
 */

/** SCORM 1.2's API (the LMS side), as the SCO calls it. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** SCORM 2004's API. */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

const MAX_STEPS = 500;

function lookIn(win: Window, name: 'API' | 'API_1484_11'): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? undefined;
  } catch {
    return undefined; // another origin
  }
}

function scan(start: Window | null, name: 'API' | 'API_1484_11'): unknown {
  let win = start;
  for (let steps = 0; win && steps <= MAX_STEPS; steps++) {
    const found = lookIn(win, name);
    if (found) return found;
    if (!win.parent || win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** The LMS's API nearest to `win`, 2004 preferred when both are offered. */
export function findScormApi(win: Window, prefer?: '1.2' | '2004'): FoundApi | undefined {
  const order: ('1.2' | '2004')[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    const name = version === '1.2' ? 'API' : 'API_1484_11';
    let opener: Window | null = null;
    try {
      opener = win.opener as Window | null;
    } catch {
      opener = null;
    }
    const api = scan(win, name) ?? scan(opener, name);
    if (api && typeof api === 'object') return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
  }
  return undefined;
}
