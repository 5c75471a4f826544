// @openedx/frontend-plugin-framework 1.8 ships JavaScript without type declarations: the part
// this host uses, as its README and PropTypes describe it.
declare module '@openedx/frontend-plugin-framework' {
  import type { ComponentType, ElementType, ReactNode } from 'react';

  export const DIRECT_PLUGIN: 'DIRECT_PLUGIN';
  export const IFRAME_PLUGIN: 'IFRAME_PLUGIN';
  export const PLUGIN_OPERATIONS: { Insert: 'insert'; Hide: 'hide'; Modify: 'modify'; Wrap: 'wrap' };

  export interface PluginSlotProps {
    id: string;
    idAliases?: string[];
    as?: ElementType;
    pluginProps?: Record<string, unknown>;
    slotOptions?: { mergeProps?: boolean };
    children?: ReactNode;
    [attribute: string]: unknown;
  }
  export const PluginSlot: ComponentType<PluginSlotProps>;
}
