/** A line recognised on a photo, under review: its text and box, and a key that stays while it is edited. */
import type { DraftLine } from '../../shared/photos/ocrLines';

export interface Draft extends DraftLine {
  key: number;
}
