import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';

/** True when the event lands on the dialog itself outside its box: on the backdrop, not in its padding. */
const onBackdrop = ({ target, currentTarget, clientX: x, clientY: y }: MouseEvent<Element>) => {
  const box = currentTarget.getBoundingClientRect();
  return target === currentTarget && (x < box.left || x > box.right || y < box.top || y > box.bottom);
};

/**
 * Keeps a `<dialog>` open (modally, with `showModal`) while `open` is true and closed otherwise.
 * jsdom has neither `showModal` nor `close`: the `open` attribute keeps content testable there.
 * Returns the dialog's pointer handlers: they call `onBackdropClick` for a click on the backdrop
 * only (pressed and released there), never for one in the dialog's padding or the end of a
 * text selection dragged out of it.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean, onBackdropClick?: () => void) {
  const down = useRef(false);
  useEffect(() => {
    const dialog = ref.current!;
    if (open === dialog.open) return;
    const method = open ? 'showModal' : 'close';
    if (dialog[method]) dialog[method]();
    else dialog.toggleAttribute('open', open);
  }, [ref, open]);
  return {
    onPointerDown: (event: MouseEvent<Element>) => {
      down.current = onBackdrop(event);
    },
    onClick: (event: MouseEvent<Element>) => down.current && onBackdrop(event) && onBackdropClick?.(),
  };
}
