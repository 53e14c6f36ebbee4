import { startTransition, useEffect, useState } from 'react';

/**
 * False until the browser has painted the component with `shown` true (say, once its data is there): parts below the
 * first screen wait for it, so that on a phone their code and data do not share the connection and the processor
 * with what the reader sees first. (On Lighthouse's simulated phone every request that finished before the first
 * screen's paint counted towards it.) The parts then render as a transition, in slices, so the page stays responsive
 * while they are built.
 */
export function useAfterFirstPaint(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let timeout: number | undefined;
    // A frame's callback runs just before that frame is painted; a task queued from there runs after it.
    const frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timeout);
    };
  }, [shown, painted]);
  return painted;
}
