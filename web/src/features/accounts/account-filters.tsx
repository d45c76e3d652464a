import { Select } from '@mantine/core';
import { ChipFilter } from '../../components/ui/chip-filter';
import type { AccountState } from '../../gql/graphql';
import { accountStateLabels, accountStates } from './account-labels';
import { useAccountPlans } from './account-plans-query';
import type { AccountsSearch } from './accounts-search';

/** Multi-select of account states as toggle chips; none picked means every state. */
export function AccountStateFilter(props: { value: AccountState[] | undefined; onChange: (value: AccountState[] | undefined) => void }) {
  return <ChipFilter label="State" options={accountStates} labels={accountStateLabels} {...props} />;
}

/** One of the tenant's account plans; none means every plan. */
export function AccountPlanFilter({ value, onChange }: { value: string | undefined; onChange: (value: string | undefined) => void }) {
  const { options } = useAccountPlans();
  return (
    <Select
      label="Plan"
      placeholder="Every plan"
      data={options}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      searchable
      w={200}
    />
  );
}

type AccountFilterValues = Pick<AccountsSearch, 'states' | 'plan'>;

/** The listing's filters besides the search: state and plan. */
export function AccountFilters({ search, onChange }: { search: AccountsSearch; onChange: (filters: Partial<AccountFilterValues>) => void }) {
  return (
    <>
      <AccountStateFilter value={search.states} onChange={(states) => onChange({ states })} />
      <AccountPlanFilter value={search.plan} onChange={(plan) => onChange({ plan })} />
    </>
  );
}
