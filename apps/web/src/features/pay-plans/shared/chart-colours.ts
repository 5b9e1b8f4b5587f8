import { type GlobalToken } from 'antd';

const PRESETS = [
  'blue',
  'green',
  'orange',
  'purple',
  'cyan',
  'magenta',
  'gold',
  'red',
  'geekblue',
  'lime',
  'volcano',
] as const;

/** The n-th series colour of a chart, from the theme's preset palettes (repeating after eleven). */
export function seriesColour(token: GlobalToken, index: number): string {
  const name = PRESETS[index % PRESETS.length];
  return token[`${name}6`];
}

/** A heat-map cell's background: the primary colour at a strength of 0 (lowest) … 1 (highest). */
export function heatColour(token: GlobalToken, strength: number): string {
  const percent = Math.round(8 + Math.min(Math.max(strength, 0), 1) * 52);
  return `color-mix(in srgb, ${token.colorPrimary} ${percent}%, ${token.colorBgContainer})`;
}
