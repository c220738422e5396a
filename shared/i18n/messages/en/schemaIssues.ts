/**
 * English messages: schema issues (what a schema found wrong with a value read from a file, a sync folder or a
 * request, worded by `shared/i18n/schemaIssue.ts`). Each problem is a predicate said after the field it is about
 * (`schemaIssues.at`): "text is too long (at most 20,000 characters)". Field names are the file's own keys, never
 * translated. Changes refused on reading say which record they were (`changeChecks.*`).
 */
export const schemaIssues = {
  'schemaIssues.at': '{field} {problem}',
  'schemaIssues.whole': 'the value {problem}',
  'schemaIssues.missing': 'is missing',
  'schemaIssues.wrongType':
    'should be {expected, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {an object} record {an object} date {a date} null {null} other {of another type}}',
  'schemaIssues.empty': 'is empty',
  'schemaIssues.tooLong': 'is too long (at most {limit, plural, one {# character} other {# characters}})',
  'schemaIssues.tooShort': 'is too short (at least {limit, plural, one {# character} other {# characters}})',
  'schemaIssues.exactLength': 'should be exactly {limit, plural, one {# character} other {# characters}} long',
  'schemaIssues.tooManyItems': 'has too many items (at most {limit, plural, one {# item} other {# items}})',
  'schemaIssues.tooFewItems': 'has too few items (at least {limit, plural, one {# item} other {# items}})',
  'schemaIssues.tooLarge': 'is too large ({inclusive, select, yes {at most} other {less than}} {limit, number})',
  'schemaIssues.tooSmall': 'is too small ({inclusive, select, yes {at least} other {more than}} {limit, number})',
  'schemaIssues.format':
    '{format, select, uuid {is not a UUID} datetime {is not a date and time (such as 2026-03-14T09:30:00Z)} date {is not a date (YYYY-MM-DD)} time {is not a time (HH:MM)} email {is not an email address} url {is not a web address} colour {is not a colour (#RRGGBB)} deviceId {is not a device id (16 hexadecimal digits)} clockStamp {is not a clock timestamp} sha256 {is not a SHA-256 checksum (64 hexadecimal digits)} fileName {is not a plain file name} other {does not have the expected form}}',
  'schemaIssues.oneValue': 'should be {expected}',
  'schemaIssues.oneOf': 'should be one of: {expected}',
  'schemaIssues.unknownKeys': '{count, plural, one {has an unknown field: {keys}} other {has unknown fields: {keys}}}',
  'schemaIssues.noForm': 'matches none of the accepted forms',
  'schemaIssues.multipleOf': 'should be a multiple of {divisor, number}',
  'schemaIssues.badKey': 'has a key that is not valid',
  'schemaIssues.badItem': 'has an item that is not valid',
  'schemaIssues.repeated': 'names the same item twice',
  'schemaIssues.tooManyBytes': 'is too large (at most {limit, number} MB)',
  'schemaIssues.photo': 'is refused: {problem}',
  'schemaIssues.notValid': 'is not valid',
  // A change refused on reading a sync file or bundle, naming the record where it can.
  'changeChecks.record': '{hasId, select, yes {{table} record {id}} other {a {table} record}}: {issue}',
  'changeChecks.change': 'a change: {issue}',
  'changeChecks.notReadable': 'a line is not readable',
  'changeChecks.notValid': 'a change is not valid',
  'changeChecks.otherProject': '{table} record {id} is filed under another project',
  'changeChecks.idMismatch': 'its record id does not match',
  'changeChecks.projectMismatch': 'its project id does not match',
  'changeChecks.clockMismatch': 'its clock and device do not match',
  'changeChecks.photoRefused': 'a photo was refused: {problem}',
  'changeChecks.value': 'a value is not valid: {issue}',
};
