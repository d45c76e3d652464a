import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface SecretValueProps {
  value: string;
  /** Accessible name of the copy button, e.g. "Copy token". */
  copyLabel: string;
  testId?: string;
}

/** A secret shown once (a new token, a generated password) with a copy button. */
export function SecretValue({ value, copyLabel, testId }: SecretValueProps) {
  return (
    <Group wrap="nowrap" gap="xs">
      <Code block data-testid={testId} style={{ flex: 1, wordBreak: 'break-all' }}>
        {value}
      </Code>
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
