/** English messages: similarity (what the board's "More like this" worker says when it cannot answer). */
export const similarity = {
  'similarity.noNotes': 'No notes to compare yet.',
};
