/**
 * Why a photo in a bundle is refused, in the preview's language: the photo checks' own sentence, run again on its
 * bytes (the merge's reason, rejectChange, wraps the same problem in "a photo was refused: …" for sync reports).
 */
import { photoDataProblem, thumbDataProblem } from '../../../shared/photos/photoBytes';
import type { Translator } from '../../../shared/i18n/translate';

export function refusedPhotoReason(fields: Readonly<Record<string, unknown>>, tr: Translator): string {
  const { data, thumb } = fields;
  const problem =
    (typeof data === 'string' ? photoDataProblem(data, tr) : null) ??
    (typeof thumb === 'string' ? thumbDataProblem(thumb, tr) : null);
  // Not its bytes: a size, a session or an id that does not fit.
  return problem ?? tr.t('photoChecks.invalid');
}
