import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { executeOperation } from '../../mocks/execute-operation';
import { demo, state } from '../../mocks/store';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const orgOf = (accountId: string) => state.accounts.find((a) => a.id === accountId)!.orgName;
const planName = (id: string) => state.plans.find((p) => p.id === id)!.name;

/** Another application plan of the application's product, as a developer would ask for. */
function otherPlanOf(application: (typeof state.applications)[number]) {
  return state.plans.find((p) => p.kind === 'APPLICATION' && p.serviceId === application.serviceId && !p.customForApplicationId && p.id !== application.planId);
}

/** An application of each account (the first ones), whose product has another plan to ask for. */
function applicationsToAsk() {
  const accounts = new Set<string>();
  return state.applications.filter((a) => a.tenantId === acmeId() && otherPlanOf(a) && !accounts.has(a.accountId) && accounts.add(a.accountId));
}

/**
 * The demo seed has no plan change requests (neither has the server's): developers ask for some over
 * the mock's API, for the first applications of `applicationsToAsk`, the last asked the newest.
 */
async function askForPlanChanges(messages: readonly (string | null)[]) {
  const asked = [];
  for (const [i, message] of messages.entries()) {
    const application = applicationsToAsk()[i]!;
    const toPlan = otherPlanOf(application)!;
    const { body } = await executeOperation({
      query: `mutation($input: RequestApplicationPlanChangeInput!) {
        requestApplicationPlanChange(input: $input) { planChangeRequest { id } userErrors { code message } }
      }`,
      variables: { input: { applicationId: application.id, planId: toPlan.id, message } },
    });
    expect(body.errors).toBeUndefined();
    const payload = (body.data as { requestApplicationPlanChange: { planChangeRequest: { id: string }; userErrors: unknown[] } }).requestApplicationPlanChange;
    expect(payload.userErrors).toEqual([]);
    asked.push({ id: payload.planChangeRequest.id, application, org: orgOf(application.accountId), fromPlan: planName(application.planId), toPlan: toPlan.name });
  }
  return asked;
}

async function openRequests(path = '/plan-change-requests') {
  const app = await renderApp(path);
  const table = await screen.findByRole('table', { name: 'Plan change requests' }, { timeout: 10_000 });
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
  return { ...app, table };
}

describe('plan change requests page', () => {
  it('lists the pending requests, newest first, with application, account, product, plans, message and date; other states by the chips', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const [older, newer] = await askForPlanChanges(['We outgrew the free tier.', null]);
    state.planChangeRequests.find((r) => r.id === older!.id)!.state = 'REJECTED';
    // The first application asks again: its earlier request is no longer pending.
    const [third] = await askForPlanChanges(['Need more calls']);
    expect(third!.application.id).toBe(older!.application.id);

    const { table, router } = await openRequests();
    expect(screen.getByRole('heading', { name: 'Plan change requests' })).toBeInTheDocument();
    expect(screen.getByText('2 total')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cellsOf)).toEqual([
      [third!.application.name, third!.org, expect.stringMatching(/API$/), third!.fromPlan, third!.toPlan, 'Need more calls', 'Pending', expect.stringMatching(/^\d{4}-/), 'ApproveReject'],
      [newer!.application.name, newer!.org, expect.stringMatching(/API$/), newer!.fromPlan, newer!.toPlan, '—', 'Pending', expect.stringMatching(/^\d{4}-/), 'ApproveReject'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: third!.application.name })).toHaveAttribute('href', `/applications/${third!.application.id}`);
    expect(within(rows[0]!).getByRole('link', { name: third!.org })).toHaveAttribute('href', `/accounts/${third!.application.accountId}`);

    // Pending is picked by default; the other states added, the rejected one shows, without actions.
    const stateFilter = screen.getByRole('group', { name: 'State' });
    expect(within(stateFilter).getByRole('checkbox', { name: 'Pending' })).toBeChecked();
    await user.click(within(stateFilter).getByRole('checkbox', { name: 'Rejected' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['PENDING', 'REJECTED'] }));
    await waitFor(() => expect(screen.getByText('3 total')).toBeInTheDocument());
    const rejected = within(table).getAllByRole('row').at(-1)!;
    expect(within(rejected).getByTestId('plan-change-request-state')).toHaveTextContent('Rejected');
    expect(within(rejected).queryByRole('button')).not.toBeInTheDocument();

    // Unpicking every chip shows every state, rather than the pending default again.
    await user.click(within(stateFilter).getByRole('checkbox', { name: 'Pending' }));
    await user.click(within(stateFilter).getByRole('checkbox', { name: 'Rejected' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['PENDING', 'APPROVED', 'REJECTED'] }));
    for (const name of ['Pending', 'Approved', 'Rejected']) expect(within(stateFilter).getByRole('checkbox', { name })).toBeChecked();
    await user.click(within(stateFilter).getByRole('checkbox', { name: 'Pending' }));
    await user.click(within(stateFilter).getByRole('checkbox', { name: 'Rejected' }));
    expect(await within(table).findByText('No plan change request matches the filters.')).toBeInTheDocument();
  });

  it('says when no request waits', async () => {
    signInAs(demo.acmeEmail);
    const { table } = await openRequests();
    expect(within(table).getByText('No plan change request is waiting for a decision.')).toBeInTheDocument();
  });

  it('approves a request: the application moves to the plan, the request leaves the queue and shows approved', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const [kept, approved] = await askForPlanChanges(['Please keep this one', 'Moving up']);
    const { table } = await openRequests();
    await user.click(await within(table).findByRole('button', { name: `Approve ${approved!.application.name} of ${approved!.org}` }));

    expect(await screen.findByText('Plan change approved')).toBeInTheDocument();
    expect(screen.getByText(`${approved!.application.name} of ${approved!.org} is now on ${approved!.toPlan}.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1 total')).toBeInTheDocument());
    expect(within(table).getByRole('link', { name: kept!.application.name })).toBeInTheDocument();
    expect(state.planChangeRequests.find((r) => r.id === approved!.id)).toMatchObject({ state: 'APPROVED' });
    expect(planName(state.applications.find((a) => a.id === approved!.application.id)!.planId)).toBe(approved!.toPlan);

    await user.click(within(screen.getByRole('group', { name: 'State' })).getByRole('checkbox', { name: 'Approved' }));
    await waitFor(() => expect(screen.getByText('2 total')).toBeInTheDocument());
    const row = within(table).getByRole('link', { name: approved!.application.name }).closest('tr')!;
    expect(within(row).getByTestId('plan-change-request-state')).toHaveTextContent('Approved');
    expect(within(row).queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
  });

  it('rejects a request with a reason sent to the account, and says why a decision fails', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const [decidedElsewhere, rejected] = await askForPlanChanges([null, 'Gold please']);
    const { table } = await openRequests();

    await user.click(await within(table).findByRole('button', { name: `Reject ${rejected!.application.name} of ${rejected!.org}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject plan change request' });
    expect(dialog).toHaveTextContent(`Keep ${rejected!.application.name} of ${rejected!.org} on ${rejected!.fromPlan} rather than moving it to ${rejected!.toPlan}?`);
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Gold is for partners only.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject request' }));

    expect(await screen.findByText('Plan change rejected')).toBeInTheDocument();
    expect(screen.getByText(`${rejected!.org} is told, with your reason.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Reject plan change request' })).not.toBeInTheDocument());
    expect(state.planChangeRequests.find((r) => r.id === rejected!.id)).toMatchObject({ state: 'REJECTED', reason: 'Gold is for partners only.' });
    await waitFor(() => expect(screen.getByText('1 total')).toBeInTheDocument());

    // Decided by someone else meanwhile: the API's refusal is shown, and nothing changes.
    state.planChangeRequests.find((r) => r.id === decidedElsewhere!.id)!.state = 'APPROVED';
    await user.click(within(table).getByRole('button', { name: `Approve ${decidedElsewhere!.application.name} of ${decidedElsewhere!.org}` }));
    expect(await screen.findByText('Could not approve the request')).toBeInTheDocument();
    expect(screen.getByText('The request is approved already.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'State' })).getByRole('checkbox', { name: 'Rejected' }));
    await waitFor(() => expect(within(table).getAllByTestId('plan-change-request-state').map((b) => b.textContent)).toContain('Rejected'));
    const row = within(table).getByRole('link', { name: rejected!.application.name }).closest('tr')!;
    expect(row).toHaveTextContent('Reason: Gold is for partners only.');
  });
});
