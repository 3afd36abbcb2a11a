/**
 * What the server and the client exchange beyond LSP, in one module the client may import (it
 * imports nothing else of the server): the story overview's request and the shapes it answers with.
 */
import type { EntityType, Severity } from '../engine';

/**
 * `secondSource/storyOverview` {uri}: what the story overview view draws — the sources, the
 * entities with their mentions per source, every dated expression placed on a time axis (the
 * timeline), and the open conflicts with their locations. Built from the story result the server
 * already keeps; positions are converted by the caller's `range` so open editors' text wins.
 */

export const STORY_OVERVIEW = 'secondSource/storyOverview';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Location {
  uri: string;
  range: Range;
}

export interface OverviewSource {
  uri: string;
  source: string;
  title: string | null;
  published: string | null;
  /** Warnings and errors in this source. */
  conflicts: number;
}

export interface OverviewEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions per source, keyed by the source's uri (0 when a source does not name it). */
  mentions: Record<string, number>;
  /** The first mention in each source that names it. */
  first: Record<string, Location>;
  total: number;
}

export interface OverviewDate {
  uri: string;
  text: string;
  /** TIMEX3 value as resolved, null when unresolvable. */
  value: string | null;
  type: string;
  range: Range;
  /** The calendar interval the value covers (inclusive ISO days), null when it has no place on a time axis (an unknown year, a duration). */
  from: string | null;
  to: string | null;
  /** For a date whose year is unknown (`XXXX-09-15`, `XXXX-SU`), the days it covers in any year as `MM-DD`, so a timeline can still place it within a year. */
  yearless: { from: string; to: string } | null;
}

export interface OverviewConflict {
  uri: string;
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related: Array<Location & { message: string }>;
}

export interface StoryOverview {
  story: string;
  sources: OverviewSource[];
  entities: OverviewEntity[];
  /** At most MAX_OVERVIEW_DATES of the story's dates, shared out between its sources. */
  dates: OverviewDate[];
  /** How many dates the sources give in all (more than `dates` holds when they were capped). */
  dateCount: number;
  conflicts: OverviewConflict[];
}

/**
 * Story decisions made and listed from the editor. `secondSource.decide` [uri, DecideRequest] keeps
 * one about the document at `uri` (a word of it, a quotation's speaker, a spelling its story
 * accepts); `secondSource/decisions` {uri} lists every decision of the document's workspace folder,
 * each with the decision as `secondSource.undoDecision` [uri, decision] takes it back.
 */
export const STORY_DECISIONS = 'secondSource/decisions';
export const DECIDE = 'secondSource.decide';
export const UNDO_DECISION = 'secondSource.undoDecision';
/** The client's pick of a quotation's speaker, [uri, quotation, people of the article, speaker now], which then sends `secondSource.decide`. */
export const CHOOSE_SPEAKER = 'secondSource.chooseSpeaker';

export interface DecideRequest {
  kind: 'spelling' | 'not-entity' | 'not-date' | 'speaker';
  /** The word, or the quotation's text for a speaker. */
  text: string;
  /** Where a word's decision holds: every source of the story (the default) or this file. */
  scope?: 'story' | 'file';
  speaker?: string;
}

export interface ListedDecision {
  /** "Reviewed", "Rule off", "Spelling", "Not an entity", "Not a date", "Speaker". */
  kind: string;
  label: string;
  /** Where it holds: the files (workspace-relative) or the story. */
  where: string;
  /** The rule a "Rule off" decision turns off, and the file, for Enable Rule for This File. */
  code?: string;
  file?: string;
  decision: unknown;
}

export interface StoryDecisions {
  decisions: ListedDecision[];
  /** Why the decisions file was not read (it does not parse, say), or null. */
  problem: string | null;
}

/**
 * `secondSource.checkWorkspace` answers with what it checked, for the summary the client shows
 * when it ends (or is cancelled). The counts cover the stories checked before the end.
 */
export const CHECK_WORKSPACE = 'secondSource.checkWorkspace';

export interface WorkspaceCheckSummary {
  /** Stories in the workspace, and how many of them were checked before the end or a cancel. */
  stories: number;
  checked: number;
  articles: number;
  articlesWithFindings: number;
  findings: number;
  /** Files skipped or in a story whose analysis failed (each marked in Problems). */
  notChecked: number;
  cancelled: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "97 findings in 61 articles of 101 stories", as the summary of a workspace check reads. */
export function workspaceCheckMessage(s: WorkspaceCheckSummary): string {
  const found = s.findings
    ? `${plural(s.findings, 'finding')} in ${plural(s.articlesWithFindings, 'article')}`
    : `no findings in ${plural(s.articles, 'article')}`;
  const unchecked = s.notChecked ? `; ${plural(s.notChecked, 'file')} not checked` : '';
  const text = s.cancelled
    ? `Check cancelled after ${s.checked} of ${plural(s.stories, 'story', 'stories')}: ${found}${unchecked}.`
    : `${found} of ${plural(s.checked, 'story', 'stories')}${unchecked}.`;
  return `Second Source: ${text[0].toUpperCase()}${text.slice(1)}`;
}

/**
 * The client command behind a hover card's "2 mentions": `[uri, line, character, locations]`,
 * each location `[uri, startLine, startCharacter, endLine, endCharacter]`; it lists them all in a
 * references peek at the position (`editor.action.showReferences`).
 */
export const SHOW_MENTIONS = 'secondSource.showMentions';
export type ShowMentionsArgs = [string, number, number, Array<[string, number, number, number, number]>];
