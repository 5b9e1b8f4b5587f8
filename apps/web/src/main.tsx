import '@ant-design/v5-patch-for-react-19';
import 'antd/dist/reset.css';
import './app/design-tokens.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { textsReady } from './app/i18n/i18n';
import { preloadRoute } from './app/router';
import { restoreSession } from './app/session/restore';
import { isPublicPath } from './public/public-path';

/*
 * The entry of the login page and of the signed-in portal (index.html). The pages for anyone have
 * an entry of their own (public.html, src/public/public-main.tsx), which the server sends for
 * /public/… addresses; a server that sends index.html instead still shows them, from this app's
 * router, which has the public routes too (as has a visitor who follows the login page's link).
 */

// Restore the session while the page's code loads; the session guards start it on their own when
// a visitor moves from a public page into the portal.
const { pathname } = window.location;
if (!isPublicPath(pathname) && restoreSession()) preloadRoute(pathname);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// English, when a user chose it last time, is fetched first (zh-CN is bundled)
void textsReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
