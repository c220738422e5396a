/**
 * Input limits shared by every layer, so the UI, the importers and the CLI refuse the same things
 * with the same words. A note keeps a long paste whole up to MAX_NOTE_LENGTH; beyond that the
 * facilitator is told to split it rather than have it silently cut.
 */
export const MAX_NOTE_LENGTH = 50_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 5_000;
export const MAX_QUESTION_LENGTH = 2_000;
export const MAX_TIMEBOX_MINUTES = 600;
export const MAX_ATTENDANCE = 10_000;
/** Themes a note can be linked to beyond its home theme: enough for any real coding, small enough to show. */
export const MAX_LINKED_THEMES = 20;
