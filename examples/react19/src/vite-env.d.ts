/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CREDENTIALS_BASE_URL: string;
  readonly VITE_BADGES_DEMO?: string;
}
