/**
 * A stored photo's picture. Until its object URL is ready (a thumbnail still being made or read) it is a grey
 * box of the photo's shape that says it is coming, never an <img> without a source: such an image counts as
 * loaded with no size, and a screen reader would meet an empty picture.
 */
import type { CSSProperties } from 'react';

export function PhotoImage({
  url,
  alt,
  width,
  height,
}: {
  url: string | undefined;
  alt: string;
  width: number;
  height: number;
}) {
  const style: CSSProperties = { aspectRatio: `${width} / ${height}` };
  if (url) return <img src={url} alt={alt} style={style} />;
  return <span role="img" aria-label={alt} aria-busy="true" className="photo-pending" style={style} />;
}
