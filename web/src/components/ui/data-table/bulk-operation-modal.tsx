import { useState } from 'react';
import { Alert, Button, Group, Modal, Progress, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient } from '@apollo/client/react';
import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from '@gatehouse/schema/accounts';
import type { BulkRunner, BulkTarget } from './bulk-action';
import { errorMessage } from '../../../lib/graphql-errors';
import { findPlanChoice } from '../plan-choice';
import {
  bulkOperationMutation,
  bulkOperationResult,
  countOf,
  type BulkItemFailure,
  type BulkOperationKind,
  type BulkOperationParams,
  type BulkOperationRequest,
  type BulkOperationResult,
  type BulkOperationsConfig,
} from './bulk-operations';

export interface BulkOperationModalProps<TRow extends { id: string }, TFilter> {
  /** The bulk bar button pressed and the selection it was pressed on; null: closed. */
  request: BulkOperationRequest<TRow, TFilter> | null;
  /** The listing's bulk runner: it clears the selection and refreshes the listing after a run. */
  runner: BulkRunner<TRow, TFilter>;
  config: BulkOperationsConfig<TFilter>;
  /** Names a failed row in the result, as the table does. */
  rowLabel: (row: TRow) => string;
  onClose: () => void;
  /** The run's result, once it has ended (done, stopped, or cut short by an error after some rows). */
  onFinished: (result: BulkOperationResult) => void;
}

const titles: Record<BulkOperationKind, string> = { email: 'Send email', plan: 'Change plan', state: 'Change state' };

/** Asks for the operation's parameters, says how many rows it applies to, runs it with its progress. */
export function BulkOperationModal<TRow extends { id: string }, TFilter>(props: BulkOperationModalProps<TRow, TFilter>) {
  const { request, runner } = props;
  const close = () => {
    // Closing stops a run in flight: no further row is processed (a job is asked to stop).
    runner.stop();
    props.onClose();
  };
  return (
    <Modal opened={request !== null} onClose={close} title={request ? titles[request.kind] : undefined} size="lg">
      {request && <BulkOperationForm key={request.kind} {...props} request={request} onCancel={close} />}
    </Modal>
  );
}

interface FormValues {
  subject: string;
  body: string;
  planId: string | null;
  operation: string | null;
}

/** "the 2 accounts selected", "all 252 accounts the filter matches but 1". */
function selectionWords<TRow, TFilter>(target: BulkTarget<TRow, TFilter>, things: { one: string; many: string }): string {
  if ('ids' in target.input) return target.count === 1 ? `the ${things.one} selected` : `the ${countOf(target.count, things)} selected`;
  const except = target.input.exceptIds.length;
  return `all ${countOf(target.count, things)} the filter matches${except > 0 ? ` (${except} unticked left out)` : ''}`;
}

function BulkOperationForm<TRow extends { id: string }, TFilter>({
  request,
  runner,
  config,
  rowLabel,
  onClose,
  onFinished,
  onCancel,
}: BulkOperationModalProps<TRow, TFilter> & { request: BulkOperationRequest<TRow, TFilter>; onCancel: () => void }) {
  const client = useApolloClient();
  const { kind, target } = request;
  const { things } = config;
  const [refused, setRefused] = useState<string | null>(null);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { subject: '', body: '', planId: null, operation: kind === 'state' ? (config.states[0]?.operation ?? null) : null },
    validate: (values) => ({
      subject: kind === 'email' && !values.subject.trim() ? 'Give the email a subject' : null,
      body: kind === 'email' && !values.body.trim() ? 'Write the message' : null,
      planId: kind === 'plan' && !values.planId ? 'Choose a plan' : null,
      operation: kind === 'state' && !values.operation ? 'Choose a change' : null,
    }),
  });
  const plan = findPlanChoice(config.plans.data, form.values.planId);
  const state = config.states.find((s) => s.operation === form.values.operation);
  const { progress } = runner;
  const n = countOf(target.count, things);

  const question =
    kind === 'email'
      ? `Send this email to ${selectionWords(target, things)}? ${config.emailNote}`
      : kind === 'plan'
        ? `Move ${selectionWords(target, things)} to ${plan ? plan.label : 'the plan chosen'}?`
        : `${state ? state.label : 'Change the state of'} ${selectionWords(target, things)}? Those whose state does not allow it are reported, not changed.`;
  const confirmLabel = kind === 'email' ? `Send to ${n}` : kind === 'plan' ? `Move ${n}` : `${state?.label ?? 'Change'} ${n}`;

  const submit = form.onSubmit(async (values) => {
    setRefused(null);
    const params: BulkOperationParams =
      kind === 'email'
        ? { operation: 'SEND_EMAIL', subject: values.subject.trim(), body: values.body.trim() }
        : kind === 'plan'
          ? { operation: 'CHANGE_PLAN', planId: values.planId }
          : { operation: values.operation! };
    const title = kind === 'email' ? 'Send email' : kind === 'plan' ? `Change plan to ${plan?.label ?? 'another plan'}` : (state?.label ?? 'Change state');
    const done = kind === 'email' ? 'emailed' : kind === 'plan' ? 'moved' : (state?.done ?? 'changed');
    const itemFailures: Omit<BulkItemFailure, 'name'>[] = [];
    const run = await runner.run(bulkOperationMutation<TFilter>(client, config.send, params, itemFailures), target);
    const processed = run.succeeded + run.failures.length;
    if (run.error && processed === 0 && !run.stopped) {
      // Refused as a whole (a wrong plan, the network): nothing was done; the dialog stays to try again.
      setRefused(errorMessage(run.error));
      return;
    }
    onFinished(bulkOperationResult({ title, done, things, target, run, itemFailures, rowLabel, error: run.error ? errorMessage(run.error) : undefined }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate aria-label={titles[kind]}>
      <Stack>
        {kind === 'email' && (
          <>
            <TextInput label="Subject" aria-label="Subject" required maxLength={MAX_MESSAGE_SUBJECT_LENGTH} data-autofocus {...form.getInputProps('subject')} />
            <Textarea label="Message" aria-label="Message" required rows={6} maxLength={MAX_MESSAGE_BODY_LENGTH} {...form.getInputProps('body')} />
          </>
        )}
        {kind === 'plan' && (
          <Select
            label={config.plans.label}
            aria-label={config.plans.label}
            placeholder={config.plans.loading ? 'Loading the plans…' : 'Choose a plan'}
            data={config.plans.data}
            searchable
            allowDeselect={false}
            nothingFoundMessage="No such plan"
            {...form.getInputProps('planId')}
          />
        )}
        {kind === 'state' && (
          <Radio.Group label="Change" {...form.getInputProps('operation')}>
            <Group mt={6}>
              {config.states.map((s) => (
                <Radio key={s.operation} value={s.operation} label={s.label} />
              ))}
            </Group>
          </Radio.Group>
        )}
        <Text size="sm" data-testid="bulk-confirmation">
          {question}
        </Text>
        {refused && (
          <Alert color="red" title="Nothing was done" role="alert">
            {refused}
          </Alert>
        )}
        {progress && (
          <Stack gap={4} role="status" aria-label="Progress">
            <Progress value={progress.total > 0 ? (100 * progress.done) / progress.total : 0} animated aria-hidden />
            <Text size="sm" c="dimmed">
              {progress.done} of {countOf(progress.total, things)} processed… Closing this stops the rest.
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {progress ? 'Stop' : 'Cancel'}
          </Button>
          <Button type="submit" loading={progress !== null} color={state?.operation === 'REJECT' || state?.operation === 'SUSPEND' ? 'red' : undefined}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
