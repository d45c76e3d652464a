import { useId } from 'react';
import { Chip, Group, Stack, Text } from '@mantine/core';
import type { AccessTokenState } from '../../gql/graphql';
import { accessTokenStates, stateLabels } from './access-token-labels';

interface AccessTokenStateFilterProps {
  /** Undefined: no filter (every state). */
  value: AccessTokenState[] | undefined;
  onChange: (value: AccessTokenState[] | undefined) => void;
}

/** Multi-select of token states as toggle chips; none picked means every state. */
export function AccessTokenStateFilter({ value, onChange }: AccessTokenStateFilterProps) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        State
      </Text>
      <Chip.Group
        multiple
        value={value ?? []}
        onChange={(next) => {
          const states = accessTokenStates.filter((state) => next.includes(state));
          onChange(states.length > 0 ? states : undefined);
        }}
      >
        <Group role="group" aria-labelledby={labelId} gap={6} mih={36}>
          {accessTokenStates.map((state) => (
            <Chip key={state} value={state} size="sm" variant="outline">
              {stateLabels[state]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
