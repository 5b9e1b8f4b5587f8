/**
 * A token of design-tokens.css (`--sp-<name>`) as the page has it, for what cannot read a CSS
 * variable itself (a chart's SVG colours): `cssToken('color-primary')` is '#1d4ed8'.
 */
export function cssToken(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--sp-${name}`).trim();
}
