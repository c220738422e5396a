import { PALETTE } from '../domain/palette';
/** Colours the app ships (template groups and kinds, the palette) plus extremes a user could pick. */
export const SHIPPED_COLORS = [...PALETTE, '#2563EB', '#059669', '#DB2777', '#0891B2', '#C2410C', '#15803D', '#7E22CE'];
export const PALETTE_FOR_TESTS = [...SHIPPED_COLORS, '#000000', '#FFFFFF', '#FFFF00', '#00FF00', '#FF0000', '#808080'];
