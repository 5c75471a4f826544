import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** A plain React 19 host: nothing but React's plugin. */
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2020',
  },
});
