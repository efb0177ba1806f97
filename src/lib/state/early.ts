/**
 * The graph file starts downloading as soon as the page's first, small script runs, while the app's
 * own chunk is still loading: on a large graph the download is most of the wait before the first
 * paint. Only a same-origin file is fetched early (another site's is opened only after the person
 * confirms), and only for an ordinary address. The app takes the download over when it asks for the
 * same URL; if it reads the address differently, it simply downloads the file itself. No imports:
 * this module is the page's entry chunk and runs before the rest.
 */
let early: { url: string; response: Promise<Response> } | null = null;

/** Start downloading the graph the address asks for (or the bundled one); false when it did not. */
export function startEarly(search: string, href: string, get: typeof fetch = fetch): boolean {
  if (search.length > 2000) return false;
  const url = new URLSearchParams(search).get('graph') || './graph.json';
  try {
    if (new URL(url, href).origin !== new URL(href).origin) return false;
  } catch {
    return false;
  }
  const response = get(url);
  // a failed download is reported when the app takes it over
  response.catch(() => {});
  early = { url, response };
  return true;
}

/** The download started early for `url`, once; null when none was. */
export function takeEarly(url: string): Promise<Response> | null {
  if (early?.url !== url) return null;
  const { response } = early;
  early = null;
  return response;
}
