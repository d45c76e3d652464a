import { ShownOnceModal } from '../../components/ui/shown-once-modal';

interface TokenShownOnceModalProps {
  created: { name: string; token: string } | null;
  onClose: () => void;
}

/** The plaintext token exists in the browser only while this modal is open. */
export function TokenShownOnceModal({ created, onClose }: TokenShownOnceModalProps) {
  if (!created) return null;
  return (
    <ShownOnceModal
      title="Access token created"
      warning="Copy it now"
      label={
        <>
          Token for <strong>{created.name}</strong>:
        </>
      }
      secret={created.token}
      testId="new-access-token"
      onClose={onClose}
    >
      This is the only time the token is shown. Store it somewhere safe; it cannot be displayed again.
    </ShownOnceModal>
  );
}
