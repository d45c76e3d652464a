import { Stack, Text, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { formatDate } from './format-date';

dayjs.extend(relativeTime);

/** "3 minutes ago", with the exact time on hover and in the `datetime` attribute. */
export function RelativeTime({ value, ...textProps }: { value: string } & TextProps) {
  return (
    <Text component="time" dateTime={value} title={formatDate(value)} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} {...textProps}>
      {dayjs(value).fromNow()}
    </Text>
  );
}

/** A table cell's time: the date, and "3 minutes ago" under it. */
export function DateAndRelative({ value }: { value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(value)}
      </Text>
      <RelativeTime value={value} />
    </Stack>
  );
}
