import { useId } from 'react';
import { Chip, Group, Stack, Text } from '@mantine/core';

interface ChipFilterProps<V extends string> {
  /** The filter's label ("Status", "State"). */
  label: string;
  /** Every value, in the order shown. */
  options: readonly V[];
  labels: Readonly<Record<V, string>>;
  /** Undefined: no filter (every value). */
  value: V[] | undefined;
  onChange: (value: V[] | undefined) => void;
}

/** A multi-select of enum values as toggle chips; none picked means every value. */
export function ChipFilter<V extends string>({ label, options, labels, value, onChange }: ChipFilterProps<V>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        {label}
      </Text>
      <Chip.Group
        multiple
        value={value ?? []}
        onChange={(next) => {
          const picked = options.filter((option) => next.includes(option));
          onChange(picked.length > 0 ? picked : undefined);
        }}
      >
        <Group role="group" aria-labelledby={labelId} gap={6} mih={36}>
          {options.map((option) => (
            <Chip key={option} value={option} size="sm" variant="outline">
              {labels[option]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
