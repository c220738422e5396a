/**
 * The photo command's refusal, checked here first in the app's language: the command (data/commands/photos.ts)
 * checks the same rules again before storing, but words its refusal in English, since the data layer does not
 * know the app's language. A photo this lets through, the command takes.
 */
import { photoBytesProblem, thumbBytesProblem } from '../../shared/photos/photoBytes';
import type { Translator } from '../../shared/i18n/translate';

export function photoRefusal(photo: { bytes: Uint8Array; thumb?: Uint8Array }, tr: Translator): string | null {
  const problem = photoBytesProblem(photo.bytes, tr) ?? (photo.thumb ? thumbBytesProblem(photo.thumb, tr) : null);
  return problem && tr.t('photoChecks.refused', { problem });
}
