import { type ThemeConfig } from 'antd';

/**
 * The one place with raw design values: everything else reads antd tokens (theme.useToken()).
 * A sober government blue; type sizes and radii stay antd's defaults.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorInfo: '#1d4ed8',
    // Status colours dark enough to be read as text (a tag's words, a message) at 4.5:1 and more
    // on white and on their own light backgrounds; antd's defaults reach 2–3:1.
    colorSuccess: '#166534',
    colorWarning: '#92400e',
    colorError: '#b91c1c',
    borderRadius: 6,
    // Secondary text (descriptions, hints, captions) at 5.7:1 on white, not antd's 3.4:1 (45 %
    // black): WCAG 2.1 AA asks 4.5:1 of text, and GB/T 37668 the same.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // Latin fonts first, Chinese ones after: a browser takes each character from the first font
    // that has it, and the CJK fonts' Latin punctuation is full-width ("app’s" read "app’ s").
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
};

/** ProLayout's own tokens (header and side menu). */
export const layoutToken = {
  header: { heightLayoutHeader: 56 },
  pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 24 },
};

/** Layout dimensions that antd has no token for. */
export const layoutSize = {
  siderWidth: 216,
  headerOrganisationMaxWidth: 280,
  loginCardWidth: 420,
  /** Content is designed for 1280 px screens and up; forms stay readable on wide ones. */
  formMaxWidth: 720,
} as const;
