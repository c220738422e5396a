/**
 * Why a photo in a bundle is refused, in the preview's language. The merge's own reason (rejectChange) is English
 * for logs; the words a person reads come from the photo checks themselves, run again in their language.
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
