/** English messages: photoChecks (why a photo or its thumbnail cannot be stored: size, format, metadata). */
export const photoChecks = {
  'photoChecks.tooLarge':
    'the {what, select, thumbnail {thumbnail} other {photo}} is {size}, over the {limit} limit for a stored {what, select, thumbnail {thumbnail} other {photo}}',
  'photoChecks.notJpeg':
    'the {what, select, thumbnail {thumbnail} other {photo}} is not a JPEG image (the file may be damaged)',
  'photoChecks.metadata':
    'the {what, select, thumbnail {thumbnail} other {photo}} still carries {segments} metadata, which may say where it was taken',
  'photoChecks.notBase64': 'the {what, select, thumbnail {thumbnail} other {photo}} data is damaged (not base64)',
  'photoChecks.invalid': 'one of its values is not valid',
  'photoChecks.comment': 'comment',
  // The photo command's refusal, as the app shows it
  'photoChecks.refused': 'This photo cannot be kept: {problem}.',
};
