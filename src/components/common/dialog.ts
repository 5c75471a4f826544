import { useEffect, type RefObject } from 'react';

/**
 * Keeps a `<dialog>` open (modally, with `showModal`) while `open` is true and closed otherwise.
 * jsdom has neither `showModal` nor `close`: the `open` attribute keeps content testable there.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current!;
    if (open === dialog.open) return;
    const method = open ? 'showModal' : 'close';
    if (dialog[method]) dialog[method]();
    else dialog.toggleAttribute('open', open);
  }, [ref, open]);
}
