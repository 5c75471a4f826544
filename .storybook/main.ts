import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal(viteConfig) {
    // The library build's declaration plugin must not write .d.ts files into storybook-static.
    viteConfig.plugins = (viteConfig.plugins ?? []).flat().filter(
      (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && /dts/.test(String(plugin.name))),
    );
    return viteConfig;
  },
};
export default config;
