/**
 * A picture with a visible caption. The caption is the figure's accessible
 * name, so a screen reader announces what the picture is for before its content.
 */
import type { ReactNode } from 'react';

export function Figure({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    // not-prose: figures sit inside MDX articles, and the typography plugin's
    // figure margins and small grey caption would fight ours.
    <figure className="not-prose my-8">
      {children}
      <figcaption className="mt-3 max-w-reading border-l-4 border-brand pl-3 text-base text-muted">{caption}</figcaption>
    </figure>
  );
}
