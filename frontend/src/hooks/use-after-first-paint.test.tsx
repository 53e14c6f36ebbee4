import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

function Page({ shown }: { shown: boolean }) {
  const painted = useAfterFirstPaint(shown);
  return <p>{painted ? 'rest of the page' : 'first screen'}</p>;
}

describe('useAfterFirstPaint', () => {
  it('turns true only after a frame with the content shown has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);

    const { rerender } = render(<Page shown={false} />);
    expect(frames).toHaveLength(0); // nothing to wait for while the content is not there

    rerender(<Page shown />);
    expect(frames).toHaveLength(1);
    expect(screen.getByText('first screen')).toBeInTheDocument();

    frames[0]?.(performance.now()); // the frame is about to be painted: the rest waits for the task after it
    expect(screen.getByText('first screen')).toBeInTheDocument();
    expect(await screen.findByText('rest of the page')).toBeInTheDocument();
  });
});
