/** "Nguồn dữ liệu": a button opening the credits (sources, licences, attribution) in a modal dialog. */
import { useRef } from 'react';
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';
import { Credits } from './Credits';

export function CreditsButton() {
  const t = useAppStore(selectT);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" id="credits-open" onClick={() => dialog.current?.showModal()}>
        {t('communes2025.credits')}
      </button>
      <dialog ref={dialog} className="credits-dialog" id="credits-dialog" aria-labelledby="credits-title">
        <Credits t={t} />
        <form method="dialog">
          <button type="submit" id="credits-close">
            {t('communes2025.creditsClose')}
          </button>
        </form>
      </dialog>
    </>
  );
}
