/**
 * Whether the side column (toolbar with the exports, notices, panel) is open: beside the map on a screen, a bottom
 * sheet on a phone (max-width 480 px, as in styles.css). A page opened on a phone starts with the sheet closed, on a
 * screen with the column open. When the window shrinks to a phone the column stays as it was; when it widens again
 * it opens, unless the user folded it away on the wide screen: a sheet closed on a phone to see the map must not
 * hide the toolbar (and the PNG export) on the wide screen until a reload (issue 16).
 */
import { useCallback, useState, useSyncExternalStore } from 'react';

const PHONE = '(max-width: 480px)';

export interface SideState {
  phone: boolean;
  open: boolean;
  /** The user's last fold or unfold on a wide screen (null: none). */
  wideChoice: boolean | null;
}

export const initialSide = (phone: boolean): SideState => ({ phone, open: !phone, wideChoice: null });

/** The layout changed: to a phone, as it was; to a wide screen, open unless folded there by the user. */
export function sideOnLayout(s: SideState, phone: boolean): SideState {
  if (phone === s.phone) return s;
  return phone ? { ...s, phone } : { ...s, phone, open: s.wideChoice ?? true };
}

/** The user folds or unfolds it (remembered for the wide screen when made there). */
export const sideOnToggle = (s: SideState): SideState => ({ ...s, open: !s.open, wideChoice: s.phone ? s.wideChoice : !s.open });

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia?.(PHONE);
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

const isPhone = () => window.matchMedia?.(PHONE).matches ?? false;

export function useSideOpen(): [boolean, () => void] {
  const phone = useSyncExternalStore(subscribe, isPhone, () => false);
  const [state, setState] = useState(() => initialSide(phone));
  const current = sideOnLayout(state, phone);
  // The layout changed since the last render: kept in the state at once (React's "state from a changed input").
  if (current !== state) setState(current);
  const toggle = useCallback(() => setState((s) => sideOnToggle(s)), []);
  return [current.open, toggle];
}
