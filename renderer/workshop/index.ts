/** The council workshop feature's public surface: its route, loaded on demand. */
export { WorkshopRoute } from './WorkshopRoute';
