/** The photos feature's public surface: the session's photo panel and the board's photo strip. */
export { PhotoPanel } from './PhotoPanel';
export { PhotoStrip, ProjectPhotoStrip } from './PhotoStrip';
/** For the recognition benchmark (benchmark build only): the same preparation and recognition the panel runs. */
export { preparePhoto } from './preparePhoto';
export { recognisePhoto } from './recognise';
