/**
 * A card's line on My GGI Board's progress of the activity's objectives, which a board import
 * brings (`tasks_done` of `tasks_total`, as of `updated_at`): loaded by cards.ts only for a card
 * that has it, or had it.
 */
import type { ActivityRecord } from '../../lib/scorecard/types.ts';
import { setText } from './ui.ts';

/** Shows `board`'s progress in `line`, or hides the line when the record has none. */
export function renderBoard(line: HTMLElement, board: ActivityRecord['board']): void {
  line.hidden = !board;
  if (board)
    setText(
      line,
      `My GGI Board: ${board.tasksDone} of ${board.tasksTotal} tasks of the objectives done` +
        (board.updatedAt ? ` (${board.updatedAt.slice(0, 10)})` : '') +
        '.',
    );
}
