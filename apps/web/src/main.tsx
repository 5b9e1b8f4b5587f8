import '@ant-design/v5-patch-for-react-19';
import 'antd/dist/reset.css';
import './app/global.css';
import './app/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { refreshSession } from './app/api/client';
import { sessionStore } from './app/session/session-store';

// Restore the session from the refresh cookie before deciding between the portal and /login.
void refreshSession().then((restored) => {
  if (!restored) sessionStore.end('initial');
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
