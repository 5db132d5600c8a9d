export interface SwatchProps {
  readonly color: string;
  /**
   * `square` (default) for a platform or a filled area; `solid` or `dashed` for a line,
   * drawn as the chart draws it; `dot` or `diamond` for points, in the chart's marker shape.
   */
  readonly shape?: 'square' | 'solid' | 'dashed' | 'dot' | 'diamond';
}

/** A small colour key beside a label. Decorative: the label beside it carries the meaning. */
export function Swatch({ color, shape = 'square' }: SwatchProps) {
  if (shape === 'square' || shape === 'dot' || shape === 'diamond') {
    // One .swatch box for the three, so an export reads their colour alike (image-caption.ts).
    const className = shape === 'square' ? 'swatch' : `swatch swatch-${shape}`;
    return <span className={className} style={{ background: color }} aria-hidden="true" />;
  }
  return (
    <svg className="swatch-line" width="28" height="10" aria-hidden="true">
      <line
        x1="0"
        y1="5"
        x2="28"
        y2="5"
        stroke={color}
        strokeWidth="2.5"
        strokeDasharray={shape === 'dashed' ? '6 4' : undefined}
      />
    </svg>
  );
}
