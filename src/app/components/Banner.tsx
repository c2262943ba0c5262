import { setState, usePlaygroundStore } from '../state/store';

/** Messages that must not go unnoticed (a broken share link), until dismissed. */
export function Banner() {
  const banner = usePlaygroundStore((state) => state.banner);
  if (banner === null) return null;
  return (
    <div className={`banner ${banner.tone}`} role={banner.tone === 'error' ? 'alert' : 'status'}>
      <p>{banner.message}</p>
      {banner.action !== undefined && (
        <button type="button" className="button small" onClick={banner.action.run}>
          {banner.action.label}
        </button>
      )}
      <button type="button" className="button small" onClick={() => setState({ banner: null })}>
        Dismiss
      </button>
    </div>
  );
}

/** Short confirmations ("Link copied"), announced politely and gone after a few seconds. */
export function Notice() {
  const notice = usePlaygroundStore((state) => state.notice);
  return (
    <div className="notice-area" role="status" aria-live="polite">
      {notice !== null && <p className="notice">{notice}</p>}
    </div>
  );
}
