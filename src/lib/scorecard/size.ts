/**
 * What an imported file must be before it is even read, JSON or CSV: at most 1 MB, not empty.
 * No validation library, so that the CSV module (loaded on demand) does not bring zod with it.
 */

/** The largest file the scorecard imports, JSON or CSV: 1 MB, 1 048 576 bytes (UTF-8). */
export const MAX_IMPORT_BYTES = 1_048_576;

/** `n` with its thousands apart: 1048576 → `1 048 576`. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}

/** The length of `text` in UTF-8, in bytes, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Why `text` cannot be imported before it is even read, or undefined: more than
 * MAX_IMPORT_BYTES in UTF-8 (its size said), or nothing but white space.
 */
export function sizeProblem(text: string): string | undefined {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES)
    return `The file is too big: ${(bytes / MAX_IMPORT_BYTES).toFixed(1)} MB (${grouped(bytes)} bytes); the scorecard imports files of up to 1 MB (${grouped(MAX_IMPORT_BYTES)} bytes).`;
  if (text.trim() === '') return 'The file is empty.';
  return undefined;
}
