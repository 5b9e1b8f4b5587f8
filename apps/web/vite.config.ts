import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built SPA at :3000; in development Vite proxies /api there.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace libs are consumed from source (see libs/domain/package.json exports).
    conditions: ['@skillpay/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // two documents: the app (login, portal) and the pages for anyone (/public/…, served with
    // public.html by the API and deploy/nginx.conf): docs/web-performance.md
    rolldownOptions: { input: { index: 'index.html', public: 'public.html' } },
  },
});
