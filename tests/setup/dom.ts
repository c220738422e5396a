import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// jsdom has no CSS.escape, which react-aria's popovers use; this is the CSSOM algorithm.
const css = ((globalThis as { CSS?: { escape?: (value: string) => string } }).CSS ??= {});
css.escape ??= (value: string) =>
  Array.from(String(value), (char, index) => {
    const code = char.codePointAt(0)!;
    if (code === 0) return '\uFFFD';
    if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) return `\\${code.toString(16)} `;
    if (index === 0 && code >= 0x30 && code <= 0x39) return `\\${code.toString(16)} `;
    if (index === 1 && code >= 0x30 && code <= 0x39 && value[0] === '-') return `\\${code.toString(16)} `;
    if (index === 0 && char === '-' && value.length === 1) return `\\${char}`;
    if (code >= 0x80 || char === '-' || char === '_' || /[0-9A-Za-z]/.test(char)) return char;
    return `\\${char}`;
  }).join('');
