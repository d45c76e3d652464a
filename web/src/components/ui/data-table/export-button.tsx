import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ActionIcon, Button, Group, Loader, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconX } from '@tabler/icons-react';
import type { JobProgress } from '../../../lib/follow-job';
import { downloadExport, followExport, type StartExport } from '../../../lib/exports';
import { errorMessage } from '../../../lib/graphql-errors';

export interface ExportButtonProps {
  /** Starts the export of what the listing shows now: `useAccountsExport(listing.filter)`… */
  start: StartExport;
  /** The button's text; "Export CSV" by default. */
  label?: string;
  disabled?: boolean;
}

type Progress = { phase: 'starting' } | { phase: 'writing'; processed: number; total: number | null };

const progressText = (progress: Progress) => {
  if (progress.phase === 'starting' || progress.total === null) return 'Preparing export…';
  return `Exporting ${progress.processed} of ${progress.total}…`;
};

const fail = (title: string, message: string) => notifications.show({ color: 'red', title, message });

/**
 * Exports every row a listing's filter matches as a CSV file written by the server: starts the export,
 * shows its progress while its job writes it (with a button to stop it), then downloads the file. A
 * refusal (LIMIT_REACHED: too many exports in progress) or a failure is told in a notification.
 */
export function ExportButton({ start, label = 'Export CSV', disabled = false }: ExportButtonProps) {
  const client = useApolloClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const stop = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const show = (next: Progress | null) => {
    if (mounted.current) setProgress(next);
  };

  const run = async () => {
    const controller = new AbortController();
    stop.current = controller;
    show({ phase: 'starting' });
    try {
      const started = await start();
      const refused = started?.userErrors ?? [];
      if (refused.length > 0) {
        fail('Could not start the export', refused.map((e) => e.message).join('\n'));
        return;
      }
      if (!started?.export) throw new Error('The server started no export.');
      const report = (job: JobProgress) => show({ phase: 'writing', processed: job.processed, total: job.total ?? null });
      report(started.export.job);
      const final = await followExport(client, started.export, { signal: controller.signal, onProgress: report });
      if (final.status === 'READY' && final.url) {
        await downloadExport(final);
        notifications.show({
          color: 'green',
          title: 'Export ready',
          message: `${final.fileName}: ${final.rowCount} row${final.rowCount === 1 ? '' : 's'}. The download has started.`,
        });
      } else if (final.status === 'CANCELLED') {
        notifications.show({ title: 'Export stopped', message: 'No file was made.' });
      } else {
        fail('The export failed', final.job.error ?? `The export is ${final.status.toLowerCase()}.`);
      }
    } catch (error) {
      fail('Could not export', errorMessage(error));
    } finally {
      stop.current = null;
      show(null);
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="default"
        leftSection={progress ? <Loader size={14} /> : <IconFileExport size={16} />}
        onClick={() => void run()}
        disabled={disabled || progress !== null}
        aria-busy={progress !== null}
      >
        {progress ? progressText(progress) : label}
      </Button>
      {progress?.phase === 'writing' && (
        <Tooltip label="Stop the export">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label="Stop the export" onClick={() => stop.current?.abort()}>
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
