/**
 * Modal questions as promises: `await confirmDialog(...)` reads like `window.confirm` but renders
 * an accessible, styled <dialog> (DialogHost) that tests and keyboards can drive.
 */
import { create } from 'zustand';

export interface ConfirmRequest {
  title: string;
  /** Paragraphs of explanation. */
  body: string[];
  /** Items worth listing (e.g. the secrets found), shown as a list under the body. */
  details?: string[];
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive or risky confirmation is styled as such. */
  tone?: 'default' | 'danger';
}

export interface LinkRequest {
  title: string;
  body: string;
  link: string;
}

type OpenDialog =
  | { kind: 'confirm'; request: ConfirmRequest; settle(confirmed: boolean): void }
  | { kind: 'link'; request: LinkRequest; settle(): void };

export const useDialogStore = create<{ open: OpenDialog | null }>()(() => ({ open: null }));

export function confirmDialog(request: ConfirmRequest): Promise<boolean> {
  return new Promise((resolve) => {
    useDialogStore.getState().open?.settle(false);
    useDialogStore.setState({
      open: {
        kind: 'confirm',
        request,
        settle: (confirmed) => {
          useDialogStore.setState({ open: null });
          resolve(confirmed);
        },
      },
    });
  });
}

/** Shows a link to copy by hand, for when the clipboard is not available. */
export function showLinkDialog(request: LinkRequest): Promise<void> {
  return new Promise((resolve) => {
    useDialogStore.getState().open?.settle(false);
    useDialogStore.setState({
      open: {
        kind: 'link',
        request,
        settle: () => {
          useDialogStore.setState({ open: null });
          resolve();
        },
      },
    });
  });
}
