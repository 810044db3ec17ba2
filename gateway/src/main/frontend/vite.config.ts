import { defineConfig } from 'vite';

// Built by the gateway's Maven build into target/classes/static/dashboard, served at /dashboard/.
// `npm run dev` serves it with the API proxied to a running gateway (FYP_GATEWAY, default :8080).
// eslint-disable-next-line
const gateway = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FYP_GATEWAY ?? 'http://localhost:8080';

export default defineConfig({
  base: '/dashboard/',
  build: {
    outDir: '../../../target/classes/static/dashboard',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 200,
  },
  server: {
    proxy: { '/api': gateway, '/oauth2': gateway },
  },
});
