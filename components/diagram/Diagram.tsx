/**
 * The frame every anatomy diagram shares: an inline SVG that is one image to
 * assistive technology, named by its <title> and described by its <desc>, which
 * says in words everything the drawing shows. Ids come from useId, so two
 * diagrams on one page never point at each other's text.
 */
import { useId, type ReactNode } from 'react';

/**
 * Paint for diagram shapes. Colours are design tokens with at least 3:1
 * contrast on white for lines (WCAG 1.4.11) and 4.5:1 for label text. Under
 * forced colours (Windows high contrast) every line and label takes the
 * user's text colour and every fill their background, so the drawing survives;
 * in black-and-white print the dark outlines carry it.
 */
export const paint = {
  label: 'fill-ink forced-colors:fill-[CanvasText]',
  leader: 'stroke-ink forced-colors:stroke-[CanvasText]',
  leaderEnd: 'fill-ink forced-colors:fill-[CanvasText]',
  outline: 'stroke-muted forced-colors:stroke-[CanvasText]',
  strong: 'stroke-ink forced-colors:stroke-[CanvasText]',
  backgroundFill: 'forced-colors:fill-[Canvas]',
  solidFill: 'forced-colors:fill-[CanvasText]',
};

export const LABEL_FONT_SIZE = 18;
const LINE_HEIGHT = 21;

export function Diagram({
  title,
  description,
  width,
  height,
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${width} ${height}`}
      className="block h-auto w-full max-w-md"
      fontSize={LABEL_FONT_SIZE}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}

/**
 * A text label, right-aligned at `x` so labels form a tidy column, with a
 * leader line from the label to the point it names.
 */
export function DiagramLabel({
  lines,
  x,
  y,
  to,
  from,
}: {
  /** The label, one string per line; `y` is the first line's baseline. */
  lines: string[];
  x: number;
  y: number;
  to: [number, number];
  /** Where the leader starts, when it should not leave from the label's right. */
  from?: [number, number];
}) {
  const start = from ?? [x + 6, y + ((lines.length - 1) * LINE_HEIGHT) / 2 - LABEL_FONT_SIZE * 0.32];
  return (
    <g>
      <text x={x} y={y} textAnchor="end" className={paint.label}>
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {i === 0 ? line : ` ${line}`}
          </tspan>
        ))}
      </text>
      <path
        d={`M${start[0]} ${start[1]} L${to[0]} ${to[1]}`}
        className={paint.leader}
        strokeWidth={1.5}
        fill="none"
      />
      <circle cx={to[0]} cy={to[1]} r={3.5} className={paint.leaderEnd} />
    </g>
  );
}
