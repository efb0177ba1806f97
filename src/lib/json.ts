/** JSON at the boundary: parse untrusted text and say on which line it broke. */

/** The parsed value, or the 1-based line (when known) and the parser's message. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number | null; message: string };

/** Parse JSON text without throwing. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    return { ok: false, line: at ? text.slice(0, Number(at[1])).split('\n').length : null, message };
  }
}
