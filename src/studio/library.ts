/** The scenarios shipped with the game, as their files are written (comments and all). */
import sources from 'virtual:sabr-scenario-sources';

export interface SourceFile {
  file: string;
  text: string;
}

export function librarySources(): SourceFile[] {
  return sources;
}
