// The content a build was made from, handed over to its preview renderer as a JSON file beside the
// build's server code (CMS_DATA_FILE): written during a full build (src/integrations/cms-data.ts), and
// by the stack's renderer just after a partial build is served (scripts/renderer.ts), so a preview
// renderer that starts in that moment waits for it.
import { readFileSync } from 'node:fs';

/**
 * The handed-over data in `file`, waiting up to `waitMs` for the file to appear; undefined when it
 * never does (the page code then reads the CMS). A file that is there but not JSON is an error.
 */
export async function readHandover(file: URL | string, waitMs: number): Promise<unknown> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (Date.now() >= deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
