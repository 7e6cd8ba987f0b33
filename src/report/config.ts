/**
 * The launch config a package carries beside index.html (`sabr.config.json`), and how the game
 * chooses its reporting adapter at launch: from that file and the launch URL. A plain build has
 * no config and no launch parameters, and keeps progress in the browser only, as before.
 */

/** The reporting adapters. */
export type ReportFormat = 'local' | 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi';

/** `sabr.config.json`. */
export interface LaunchConfig {
  report?: ReportFormat;
  /** 0–100: an attempt at or above it passes, unless the LMS sets its own mastery score. */
  mastery?: number;
  /** The scenarios this package offers. */
  scenarios?: string[];
  /** Plain xAPI without launch parameters: where statements go. */
  xapi?: { endpoint: string; auth: string; actor?: { name?: string; mbox?: string; account?: { homePage: string; name: string } } };
}

export const DEFAULT_MASTERY = 80;
