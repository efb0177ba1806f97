/**
 * Decoding a document's bytes: UTF-8 only (a BOM is dropped), line ends unified. Binary data (NUL
 * bytes, control characters) and text in another encoding are refused with a reason the build report
 * names, so one bad file never stops the build.
 */

/** The decoded text or why it could not be read. */
export type Decoded = { ok: true; text: string } | { ok: false; code: string; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as a UTF-8 text document. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'RG101', reason: 'the file is empty' };
  const head = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, code: 'RG102', reason: 'binary data (NUL bytes), not a text document' };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length / 100 + 2)
    return { ok: false, code: 'RG102', reason: 'binary data (control bytes), not a text document' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, code: 'RG103', reason: 'not valid UTF-8 (save it as UTF-8 and build again)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, code: 'RG101', reason: 'the file holds only whitespace' };
  return { ok: true, text };
}
