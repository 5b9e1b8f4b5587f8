import '@ant-design/v5-patch-for-react-19';
import 'antd/dist/reset.css';
import './app/global.css';
import { textsReady } from './app/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRoute } from './app/router';
import { PUBLIC_PATH_PREFIX, restoreSession } from './app/session/restore';

// Restore the session while the page's code loads; the session guards start it on their own when
// a visitor moves from a public page into the portal.
const { pathname } = window.location;
if (!pathname.startsWith(PUBLIC_PATH_PREFIX) && restoreSession()) preloadRoute(pathname);

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
