import { useEffect, useRef } from 'react';
import { useDialogStore } from './dialogs';

/** Renders the open dialog as a modal <dialog>: focus is trapped inside and Escape cancels. */
export function DialogHost() {
  const open = useDialogStore((state) => state.open);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (open !== null && element !== null && !element.open) element.showModal();
  }, [open]);

  if (open === null) return null;
  const cancel = () => (open.kind === 'confirm' ? open.settle(false) : open.settle());

  return (
    <dialog
      ref={dialog}
      className={`dialog${open.kind === 'confirm' && open.request.tone === 'danger' ? ' danger' : ''}`}
      aria-labelledby="dialog-title"
      aria-describedby="dialog-body"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id="dialog-title">{open.request.title}</h2>
      {open.kind === 'confirm' ? (
        <>
          <div id="dialog-body">
            {open.request.body.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          {open.request.details !== undefined && (
            <ul className="dialog-details">
              {open.request.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
          <div className="dialog-buttons">
            <button type="button" className="button" autoFocus onClick={() => open.settle(false)}>
              {open.request.cancelLabel ?? 'Cancel'}
            </button>
            <button type="button" className={`button ${open.request.tone === 'danger' ? 'danger' : 'primary'}`} onClick={() => open.settle(true)}>
              {open.request.confirmLabel}
            </button>
          </div>
        </>
      ) : (
        <>
          <p id="dialog-body">{open.request.body}</p>
          <textarea className="dialog-link" readOnly rows={4} value={open.request.link} aria-label={open.request.title} onFocus={(event) => event.target.select()} autoFocus />
          <div className="dialog-buttons">
            <button type="button" className="button primary" onClick={() => open.settle()}>
              Done
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
