/** English messages: csvReader (why a CSV file cannot be read as a table, as the app's import and the CLI say it). */
export const csvReader = {
  'csvReader.atLine': 'line {line}: {problem}',
  'csvReader.control': 'unexpected control character {code}; this does not look like a text CSV file',
  'csvReader.width': 'expected {expected, plural, one {# field} other {# fields}}, found {found, plural, other {#}}',
  'csvReader.afterQuote': 'unexpected "{char}" after a closing quote',
  'csvReader.unterminated': 'unterminated quoted field',
  'csvReader.empty': 'the file is empty',
  'csvReader.utf16':
    'the file is saved as UTF-16 (“Unicode text”), which Fieldnotes does not read; save it as UTF-8 (in Excel: “CSV UTF-8”) and try again',
};
