import { type ThemeConfig } from 'antd';

/**
 * The one place with raw design values: everything else reads antd tokens (theme.useToken()).
 * A sober government blue; type sizes and radii stay antd's defaults.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorInfo: '#1d4ed8',
    borderRadius: 6,
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
