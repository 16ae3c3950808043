/**
 * Whether the side column (toolbar with the exports, notices, panel) is open. Its default follows the layout: open
 * beside the map on a screen, folded into a closed bottom sheet on a phone (max-width 480 px, as in styles.css).
 * The user's fold or unfold holds for the layout it was made in only: a sheet closed on a phone does not fold the
 * column away once the window is wide again (that hid the PNG export until a reload, issue 16).
 */
import { useCallback, useState, useSyncExternalStore } from 'react';

const PHONE = '(max-width: 480px)';

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia?.(PHONE);
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

const isPhone = () => window.matchMedia?.(PHONE).matches ?? false;

/** The layout's default unless the user chose otherwise in the same layout. */
export function sideOpen(phone: boolean, choice: { phone: boolean; open: boolean } | null): boolean {
  return choice && choice.phone === phone ? choice.open : !phone;
}

export function useSideOpen(): [boolean, () => void] {
  const phone = useSyncExternalStore(subscribe, isPhone, () => false);
  const [choice, setChoice] = useState<{ phone: boolean; open: boolean } | null>(null);
  const open = sideOpen(phone, choice);
  const toggle = useCallback(() => setChoice({ phone, open: !open }), [phone, open]);
  return [open, toggle];
}
