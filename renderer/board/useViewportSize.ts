/** The board viewport's size in CSS pixels, kept current with a ResizeObserver. */
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../../shared/board/camera';

export function useViewportSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      setSize((prev) =>
        prev && prev.w === box.width && prev.h === box.height ? prev : { w: box.width, h: box.height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
