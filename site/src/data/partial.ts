// Partial builds, the pages' side. scripts/build.ts gives every build a state folder
// (SITE_PARTIAL_STATE); the entry and list routes and the scoped feeds write there each page's
// input digest (src/lib/page-inputs.ts) and the build time they were rendered for. A partial build also finds there the previous build's
// manifest (previous.json, only when that build was made by the same code and settings): then only
// the pages that are new, changed or always rendered are rendered, and the partial() integration
// (src/integrations/partial.ts) takes every other page from the previous build.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTime } from '../config/site.ts';

/** A build's record of its pages with inputs, entry, list and municipality pages and feeds (`_build/manifest.json`). */
export interface PartialManifest {
  /** The code and settings the build was made with (scripts/build.ts). */
  fingerprint: string;
  /** The build time its pages were rendered for. */
  now: string;
  /** Page path → digest of its inputs (null: rendered in every build). */
  pages: Record<string, string | null>;
}

/** The previous build's manifest and folder, when this build is a partial one. */
export interface PreviousBuild {
  dir: string;
  manifest: PartialManifest;
}

export const PREVIOUS_FILE = 'previous.json';
/** What a partial build did (PartialResult). */
export const RESULT_FILE = 'result.json';
/** The files a partial build took from the previous build, relative to the build's folder. */
export const TAKEN_FILE = 'taken.json';

/** What a partial build rendered and took from the previous build: entry pages, and the other pages with inputs. */
export interface PartialResult {
  rendered: number;
  taken: number;
  /** List pages and feeds. */
  otherRendered: number;
  otherTaken: number;
}
export const groupFile = (group: string) => `pages-${group}.json`;

/** Reads a JSON file the build wrote into its state folder; undefined when it is not there. */
export function readState<T>(state: string, file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path.join(state, file), 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// The previous build's manifest (every page's digest, megabytes at 10,000 entries) is read once
// per build, not once per group of pages.
let previousRead: { state: string; previous: PreviousBuild | undefined } | undefined;
function previousBuild(state: string): PreviousBuild | undefined {
  if (previousRead?.state !== state) previousRead = { state, previous: readState<PreviousBuild>(state, PREVIOUS_FILE) };
  return previousRead.previous;
}

/**
 * The routes of one group of pages this build renders: all of them in a full build; in a
 * partial build those whose digest is null or differs from the previous build's. Records every
 * route's digest either way.
 */
export function selectPages<T>(
  group: string,
  pages: readonly { path: string; digest: string | null; route: T }[],
): T[] {
  const state = process.env.SITE_PARTIAL_STATE;
  if (!state) return pages.map((page) => page.route);
  const digests = Object.fromEntries(pages.map((page) => [page.path, page.digest]));
  writeFileSync(path.join(state, groupFile(group)), JSON.stringify({ now: buildTime.toISOString(), pages: digests }));
  const previous = previousBuild(state);
  if (!previous) return pages.map((page) => page.route);
  return pages
    .filter((page) => page.digest === null || previous.manifest.pages[page.path] !== page.digest)
    .map((page) => page.route);
}
