/**
 * The change history (architecture: Persistence): every change this device wrote or received, packed in batches.
 * The one way in and out of the `changeBatches` table.
 */
export type { ChangeBatch } from './batch';
export {
  allChanges,
  changesByStamps,
  changesOfProject,
  changesOfRecord,
  changesOfRecords,
  countUnpublished,
  unpublishedOf,
  type HistoryReader,
} from './read';
export { addChanges, deleteStamps, markPublished } from './write';
export { emptied, reviseProject, reviseRecords, type Revision } from './erase';
