import { useEffect, useLayoutEffect, type RefObject } from 'react';

// React 18 warns about layout effects in server rendering; there is nothing to place there.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Keeps an open panel beside its anchor, in the top layer where the popover API exists
 * (`position: fixed` elsewhere), so that no `overflow: hidden` ancestor (a card, a sidebar
 * widget) clips it: below the anchor, or above it when the room below is too small and there is
 * more above; aligned with the anchor's inline start (its right edge in RTL) and kept inside the
 * viewport, its height capped to the room it has (the panel then scrolls). It follows the anchor
 * on scroll (any scroll container but the panel itself) and resize. Positions are set through
 * the CSSOM, which a strict `style-src` CSP allows. (Without the popover API, before Chrome 114,
 * Firefox 125 and Safari 17, a transformed ancestor still offsets and clips a fixed panel.)
 * It is placed again whenever its content changes size (a ResizeObserver), without being hidden.
 */
export function useAnchoredPanel(open: boolean, anchor: RefObject<HTMLElement | null>, panel: RefObject<HTMLElement | null>): void {
  useClientLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return undefined;
    const gap = 4;
    const margin = 8;
    let frame = 0;
    // In the top layer (popover API) no ancestor can clip or cover it, even a transformed one.
    const layer = typeof el.showPopover === 'function';
    if (layer) {
      el.setAttribute('popover', 'manual');
      el.showPopover();
    }
    const place = () => {
      const box = anchor.current?.getBoundingClientRect();
      if (!box) return;
      // The viewport without its scrollbars.
      const { clientWidth, clientHeight } = document.documentElement;
      // The height the content wants, read without lifting the cap (that would reset its scroll).
      const natural = el.scrollHeight + el.offsetHeight - el.clientHeight;
      const below = clientHeight - box.bottom - gap - margin;
      const above = box.top - gap - margin;
      const down = natural <= below || below >= above;
      const height = Math.min(natural, Math.max(down ? below : above, 0));
      el.style.setProperty('max-block-size', height < natural ? `${height}px` : '');
      const width = el.offsetWidth;
      const rtl = getComputedStyle(el).direction === 'rtl';
      const left = Math.max(margin, Math.min(rtl ? box.right - width : box.left, clientWidth - width - margin));
      const top = down ? box.bottom + gap : box.top - gap - height;
      el.style.setProperty('top', `${top}px`);
      el.style.setProperty('left', `${left}px`);
    };
    const schedule = (event?: Event) => {
      // Scrolling the panel's own list moves nothing.
      if (event?.target instanceof Node && el.contains(event.target)) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    // Next frame, not inside the observer's callback: placing can resize it (no observer loop).
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule()) : undefined;
    resized?.observe(el);
    addEventListener('scroll', schedule, true);
    addEventListener('resize', schedule);
    return () => {
      if (layer && el.matches(':popover-open')) el.hidePopover();
      resized?.disconnect();
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule, true);
      removeEventListener('resize', schedule);
    };
  }, [open, anchor, panel]);
}
