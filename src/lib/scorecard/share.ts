/**
 * A scorecard in a link, without a server: the scorecard as JSON, compressed (the browser's own
 * CompressionStream, `deflate-raw`), in base64url, in the URL's fragment (`#share=…`), which
 * browsers never send to a server. Past 8 000 characters the free text (the five fields and the
 * owner) is left out, and the link says so. Decoding validates with the scorecard's schema.
 */
import * as z from 'zod/mini';
import { validate } from './problems.ts';
import { scorecardSchema } from './schema.ts';
import type { Scorecard } from './types.ts';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './vocabulary.ts';
import { emptyFields } from './model.ts';

/** What a share link carries before it is compressed. */
const payloadSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  textOmitted: z.boolean(),
  scorecard: scorecardSchema,
});

/** The start of a share fragment. */
export const SHARE_PREFIX = 'share=';
/** Above this many characters, a fragment is made again without the free text ("about 8 kB"). */
export const SHARE_MAX_CHARS = 8000;
/** The most a share link may unpack to (bytes of JSON), so that a crafted link cannot fill the memory. */
const MAX_UNPACKED = 1_048_576;

/** `bytes` through a (de)compression stream. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  const reader = out.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_UNPACKED) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** `sc` without its free text: the five fields and the owner emptied. */
function withoutText(sc: Scorecard): Scorecard {
  return {
    ...sc,
    activities: Object.fromEntries(
      Object.entries(sc.activities).map(([id, r]) => [id, { ...r, fields: emptyFields(), owner: '' }]),
    ),
  };
}

async function pack(sc: Scorecard, textOmitted: boolean): Promise<{ fragment: string; bytes: number }> {
  const json = JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, textOmitted, scorecard: sc });
  const packed = await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return { fragment: SHARE_PREFIX + toBase64url(packed), bytes: packed.length };
}

/**
 * The fragment (without `#`) of a link sharing `sc`: `share=` and the compressed JSON in base64url;
 * `bytes` is the compressed size. When the fragment would pass 8 000 characters, it is made
 * without the five fields and the owner, and `textOmitted` is true (it may still be longer, for a
 * scorecard with very many snapshots or long point texts).
 */
export async function encodeShare(sc: Scorecard): Promise<{ fragment: string; textOmitted: boolean; bytes: number }> {
  const full = await pack(sc, false);
  if (full.fragment.length <= SHARE_MAX_CHARS) return { ...full, textOmitted: false };
  return { ...(await pack(withoutText(sc), true)), textOmitted: true };
}

/**
 * The scorecard a share fragment carries (with or without its `#`), validated by the schema, and
 * whether its free text was left out; or what is wrong: not a share fragment, damaged (not
 * base64url, not compressed data, not JSON: usually a link cut short when copied), or a
 * scorecard the schema refuses (`path: message`). Never throws.
 */
export async function decodeShare(
  fragment: string,
): Promise<{ ok: true; scorecard: Scorecard; textOmitted: boolean } | { ok: false; problems: string[] }> {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(SHARE_PREFIX))
    return {
      ok: false,
      problems: [`The link holds no shared scorecard (its fragment does not start with "${SHARE_PREFIX}").`],
    };
  const data = text.slice(SHARE_PREFIX.length);
  const damaged = 'The link is damaged, perhaps cut short when it was copied: ask for it again.';
  if (!/^[A-Za-z0-9_-]+$/.test(data)) return { ok: false, problems: [damaged] };
  let value: unknown;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      await through(fromBase64url(data), new DecompressionStream('deflate-raw')),
    );
    value = JSON.parse(json);
  } catch {
    return { ok: false, problems: [damaged] };
  }
  const parsed = validate(payloadSchema, value);
  if (!parsed.ok) return parsed;
  return { ok: true, scorecard: parsed.data.scorecard, textOmitted: parsed.data.textOmitted };
}
