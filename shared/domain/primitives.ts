/** The values every record is made of: ids, times, dates and colours, as zod schemas. */
import { z } from 'zod';
import { COLOUR_PATTERN, ISO_DATE_PATTERN } from './patterns';

export const idSchema = z.string().min(1).max(64);
export const isoDateTime = z.string().datetime({ offset: true });
/** A calendar date as typed by a person: YYYY-MM-DD. */
export const isoDate = z.string().regex(ISO_DATE_PATTERN, 'expected a date as YYYY-MM-DD');
export const colorSchema = z.string().regex(COLOUR_PATTERN, 'expected a colour as #RRGGBB');
