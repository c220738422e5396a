/**
 * Text forms the schemas check with a regular expression, named so that a refused value can be said in words
 * ("is not a date (YYYY-MM-DD)") by the pattern it failed (shared/i18n/schemaIssue.ts).
 */

/** A calendar date as typed by a person: YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A colour as #RRGGBB. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** A SHA-256 checksum in lowercase hexadecimal. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
