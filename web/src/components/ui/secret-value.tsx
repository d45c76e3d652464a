import { useState } from 'react';
import { ActionIcon, Code, CopyButton, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react';

interface SecretValueProps {
  value: string;
  /** Accessible name of the copy button, e.g. "Copy token". */
  copyLabel: string;
  /**
   * A secret that stays readable (a webhook's signing secret), not one shown once: masked until the
   * user reveals it, e.g. with "Reveal secret"; it copies either way.
   */
  revealLabel?: string;
  testId?: string;
}

/** Masks a secret whatever its length, so the mask does not tell it. */
const MASK = '•'.repeat(32);

/** A secret (a new token, a generated password, a signing secret) with a copy button, and a reveal one when masked. */
export function SecretValue({ value, copyLabel, revealLabel, testId }: SecretValueProps) {
  const [revealed, setRevealed] = useState(!revealLabel);
  return (
    <Group wrap="nowrap" gap="xs">
      <Code block data-testid={testId} style={{ flex: 1, wordBreak: 'break-all' }}>
        {revealed ? (
          value
        ) : (
          <>
            <span aria-hidden>{MASK}</span>
            <VisuallyHidden>Hidden</VisuallyHidden>
          </>
        )}
      </Code>
      {revealLabel && (
        <Tooltip label={revealed ? 'Hide' : 'Reveal'} withArrow>
          <ActionIcon
            // A toggle: one name, its state in aria-pressed.
            aria-label={revealLabel}
            aria-pressed={revealed}
            variant="light"
            color="gray"
            onClick={() => setRevealed((shown) => !shown)}
          >
            {revealed ? <IconEyeOff size={16} /> : <IconEye size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon aria-label={copyLabel} variant="light" color={copied ? 'teal' : 'gray'} onClick={copy}>
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
