import { readFileSync } from 'node:fs';
import path from 'node:path';
import { theme } from 'antd';
import { appTheme } from './theme';

/** `--sp-color-text-secondary` → `colorTextSecondary`; `--sp-padding-xs` → `paddingXS` (sizes in capitals). */
const tokenName = (variable: string) =>
  variable
    .replace(/^--sp-/, '')
    .replace(/-(xxs|xs|sm|lg)$/, (_, size: string) => `-${size.toUpperCase()}`)
    .replace(/-([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** `rgba(0, 0, 0, 0.88)` and `rgba(0,0,0,0.88)` are one colour; `14px` is antd's 14. */
const normalise = (value: unknown) => String(value).replace(/\s+/g, '').replace(/px$/, '').toLowerCase();

describe('design-tokens.css (the tokens of what is drawn without antd)', () => {
  const css = readFileSync(path.join(__dirname, 'design-tokens.css'), 'utf8');
  const declared = [...css.matchAll(/(--sp-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => ({
    name: name!,
    value: value!,
  }));
  const tokens = theme.getDesignToken(appTheme) as unknown as Record<string, unknown>;

  it('declares the tokens the light pages use', () => {
    expect(declared.length).toBeGreaterThan(40);
  });

  it.each(declared.map(({ name, value }) => [name, value]))(
    '%s is antd’s value for the app theme',
    (name, value) => {
      const token = tokenName(name);
      expect(tokens).toHaveProperty(token);
      expect(normalise(value)).toBe(normalise(tokens[token]));
    },
  );
});
