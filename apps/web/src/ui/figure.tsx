import { formatDecimal } from './format-decimal';

export interface FigureProps {
  /** An exact decimal string ("102271.19") or a number. */
  value: string | number;
  /** Written after the figure: "%" sticks to it, any other unit follows a space ("元", "人"). */
  unit?: string;
  'data-testid'?: string;
}

/**
 * A figure with its unit, grouped for reading and never broken across lines: in a narrow column
 * "102,271.19 元" otherwise wraps one character per line. The `figure` class (global.css) keeps
 * it whole and its digits of equal width, so figures stacked in a column line up.
 */
export function Figure({ value, unit, 'data-testid': testId }: FigureProps) {
  const suffix = !unit ? '' : unit === '%' ? '%' : ` ${unit}`;
  return (
    <span className="figure" data-testid={testId}>
      {formatDecimal(String(value))}
      {suffix}
    </span>
  );
}
