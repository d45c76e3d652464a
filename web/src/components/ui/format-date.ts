import dayjs from 'dayjs';

export function formatDate(value: string | null | undefined, empty = '—'): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : empty;
}
