/**
 * Idle-time warm-up: work the first search, comparison or path would otherwise wait for, run after the
 * canvas's next frames, one step per idle slice so a click between them waits for less.
 */

/** Run `steps` in order, each in its own idle slice, starting after the next two animation frames. */
export function warmUp(steps: (() => unknown)[]): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 300));
  const next = (i: number) => {
    if (i < steps.length)
      idle(() => {
        steps[i]();
        next(i + 1);
      });
  };
  // Cytoscape draws its first frame in the next animation frame
  requestAnimationFrame(() => requestAnimationFrame(() => next(0)));
}
