import { ChipFilter } from '../../components/ui/chip-filter';
import type { AccessTokenState } from '../../gql/graphql';
import { accessTokenStates, stateLabels } from './access-token-labels';

/** Multi-select of token states as toggle chips; none picked means every state. */
export function AccessTokenStateFilter(props: { value: AccessTokenState[] | undefined; onChange: (value: AccessTokenState[] | undefined) => void }) {
  return <ChipFilter label="State" options={accessTokenStates} labels={stateLabels} {...props} />;
}
