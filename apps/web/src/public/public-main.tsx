import 'antd/dist/reset.css';
import '../app/design-tokens.css';
import '../app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { textsReady } from '../app/i18n/i18n';
import { PublicApp } from './public-app';

/*
 * The entry of the pages for anyone (public.html, which the server sends for /public/…
 * addresses): their own route tree and providers, drawn without antd (docs/web-performance.md).
 * antd's reset is only CSS: the public pages share the portal's base styles.
 */
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// English, when a visitor chose it last time, is fetched first (zh-CN is bundled)
void textsReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  ),
);
