/** The scenarios shipped with the game, as their files are written (comments and all). */
import sources from 'virtual:sabr-scenario-sources';

/** A shipped scenario file: its name and text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** The shipped scenario files, sorted by name. */
export function librarySources(): SourceFile[] {
  return sources;
}
