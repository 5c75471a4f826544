/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_BADGES_DEMO?: string;
}
