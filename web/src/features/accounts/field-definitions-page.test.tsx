import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const rowOf = (table: HTMLElement, name: string) => table.querySelector<HTMLElement>(`tr[data-field="${name}"]`);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

/** Replaces an input's text at once (typing it key by key is slow in jsdom, and not what these tests are about). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function openFields(email = demo.acmeEmail, path = '/settings/fields') {
  signInAs(email);
  const app = await renderApp(path);
  // The page's code loads when it is opened: the first time, that takes a while.
  const table = await screen.findByRole('table', { name: path.includes('users') ? 'User fields' : 'Account fields' }, { timeout: 10_000 });
  return { ...app, table };
}

function addExtraField(name: string, overrides: Partial<{ label: string; choices: string[]; hidden: boolean; required: boolean }> = {}) {
  state.fieldDefinitions.push({
    tenantId: acmeId(),
    target: 'ACCOUNT',
    name,
    label: overrides.label ?? name,
    required: overrides.required ?? false,
    hidden: overrides.hidden ?? false,
    builtin: false,
    choices: overrides.choices ?? [],
    position: 20,
    createdAt: new Date().toISOString(),
  });
}

describe('Settings → Fields', () => {
  it('lists the built-in fields of accounts and of users, the fixed ones locked, with their settings', async () => {
    const user = userEvent.setup();
    addExtraField('industry', { label: 'Industry', choices: ['Fintech', 'Retail'], hidden: true });
    const { table, router } = await openFields();

    const orgName = rowOf(table, 'org_name')!;
    expect(cellsOf(orgName).slice(0, 3)).toEqual(['Organization/Group name', 'org_name', 'built-in']);
    expect(within(orgName).getByLabelText('locked')).toBeInTheDocument();
    expect(within(orgName).getByLabelText('required')).toBeInTheDocument();
    // Fixed and built-in fields cannot be deleted; every field can be edited.
    expect(within(orgName).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(within(orgName).getByRole('button', { name: 'Edit Organization/Group name' })).toBeInTheDocument();
    expect(rowOf(table, 'vat_rate')).toHaveTextContent('percentage');
    expect(within(rowOf(table, 'vat_rate')!).queryByLabelText('locked')).toBeNull();

    const industry = rowOf(table, 'industry')!;
    expect(cellsOf(industry).slice(0, 3)).toEqual(['Industry', 'industry', 'extra']);
    expect(within(industry).getByLabelText('hidden')).toBeInTheDocument();
    expect(industry).toHaveTextContent('FintechRetail');
    expect(within(industry).getByRole('button', { name: 'Delete Industry' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Users' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'users' }));
    const users = await screen.findByRole('table', { name: 'User fields' });
    expect(within(rowOf(users, 'email')!).getByLabelText('locked')).toBeInTheDocument();
    expect(within(rowOf(users, 'username')!).getByLabelText('locked')).toBeInTheDocument();
    expect(rowOf(users, 'first_name')).toHaveTextContent('First name');
  });

  it('adds an extra field with choices', async () => {
    const user = userEvent.setup();
    const { table } = await openFields();
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a field to accounts' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Name' }), 'industry');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Label' }), 'Industry');
    // Pasted choices are split at commas, as typed ones at Enter.
    await fill(user, within(dialog).getByLabelText('Choices'), 'Fintech,Retail');
    await user.click(within(dialog).getByRole('checkbox', { name: /Required/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add field' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(rowOf(table, 'industry')).not.toBeNull());
    expect(cellsOf(rowOf(table, 'industry')!).slice(0, 3)).toEqual(['Industry', 'industry', 'extra']);
    expect(rowOf(table, 'industry')).toHaveTextContent('FintechRetail');
    expect(state.fieldDefinitions.find((d) => d.name === 'industry')).toMatchObject({ target: 'ACCOUNT', label: 'Industry', required: true, hidden: false, choices: ['Fintech', 'Retail'] });
    expect(await screen.findByText('Field added')).toBeInTheDocument();
  });

  it('checks the name with the shared rule, and shows the server refusing a taken one at the name input', async () => {
    const user = userEvent.setup();
    addExtraField('industry', { label: 'Industry' });
    await openFields();
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a field to accounts' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    // A built-in field's name is refused before sending, and so is a field without a label.
    await fill(user, name, 'vat_rate');
    await user.click(within(dialog).getByRole('button', { name: 'Add field' }));
    expect(await within(dialog).findByText('`vat_rate` is a built-in field.')).toBeInTheDocument();
    expect(within(dialog).getByText('Give the field a label')).toBeInTheDocument();

    // An extra field's name only the server knows.
    await fill(user, name, 'industry');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Label' }), 'Sector');
    await user.click(within(dialog).getByRole('button', { name: 'Add field' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/There is already a field `industry`/));
    expect(state.fieldDefinitions.filter((d) => d.name === 'industry')).toHaveLength(1);
  });

  it('edits a field: label, required and position; a hidden field cannot stay required', async () => {
    const user = userEvent.setup();
    const { table } = await openFields();
    await user.click(within(rowOf(table, 'country')!).getByRole('button', { name: 'Edit Country' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit field “Country”' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    // Built-in fields take free values: no choices.
    expect(within(dialog).queryByLabelText('Choices')).toBeNull();
    await fill(user, within(dialog).getByRole('textbox', { name: 'Label' }), 'Country code');
    await user.click(within(dialog).getByRole('checkbox', { name: /Required/ }));
    await fill(user, within(dialog).getByRole('textbox', { name: 'Position' }), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save field' }));

    await waitFor(() => expect(rowOf(table, 'country')).toHaveTextContent('Country code'));
    expect(within(rowOf(table, 'country')!).getByLabelText('required')).toBeInTheDocument();
    expect(state.fieldDefinitions.find((d) => d.name === 'country')).toMatchObject({ label: 'Country code', required: true, position: 1 });

    // Hiding it unticks and disables Required: developers would not see it.
    await user.click(within(rowOf(table, 'country')!).getByRole('button', { name: 'Edit Country code' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit field “Country code”' });
    await user.click(within(edit).getByRole('checkbox', { name: /Hidden from developers/ }));
    expect(within(edit).getByRole('checkbox', { name: /Required/ })).not.toBeChecked();
    expect(within(edit).getByRole('checkbox', { name: /Required/ })).toBeDisabled();
    await user.click(within(edit).getByRole('button', { name: 'Save field' }));
    await waitFor(() => expect(within(rowOf(table, 'country')!).queryByLabelText('required')).toBeNull());
    expect(state.fieldDefinitions.find((d) => d.name === 'country')).toMatchObject({ required: false, hidden: true });
  });

  it('keeps a fixed field required and shown', async () => {
    const user = userEvent.setup();
    const { table } = await openFields();
    await user.click(within(rowOf(table, 'org_name')!).getByRole('button', { name: 'Edit Organization/Group name' }));
    const dialog = await screen.findByRole('dialog', { name: /Edit field/ });
    expect(within(dialog).getByRole('checkbox', { name: /Required/ })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: /Required/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /Hidden from developers/ })).toBeDisabled();
  });

  it('deletes an extra field after saying its values go with it', async () => {
    const user = userEvent.setup();
    addExtraField('industry', { label: 'Industry' });
    const withValue = state.accounts[0]!;
    withValue.values.industry = 'Retail';
    const { table } = await openFields();
    await user.click(within(rowOf(table, 'industry')!).getByRole('button', { name: 'Delete Industry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete field' });
    expect(dialog).toHaveTextContent('Its values on every account are deleted with it.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete field and values' }));

    await waitFor(() => expect(rowOf(table, 'industry')).toBeNull());
    expect(state.fieldDefinitions.some((d) => d.name === 'industry')).toBe(false);
    expect(state.accounts.find((a) => a.id === withValue.id)!.values.industry).toBeUndefined();
    expect(await screen.findByText('Field deleted')).toBeInTheDocument();
  });

  it('is read-only for members', async () => {
    addExtraField('industry', { label: 'Industry' });
    const { table } = await openFields(demo.memberEmail);
    expect(screen.getByText('Only admins can change the fields.')).toBeInTheDocument();
    expect(rowOf(table, 'industry')).toHaveTextContent('Industry');
    expect(screen.queryByRole('button', { name: 'Add field' })).toBeNull();
    expect(within(table).queryAllByRole('button')).toEqual([]);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Fields' })).toHaveAttribute('data-active', 'true');
  });
});
