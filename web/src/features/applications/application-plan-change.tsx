import { useMutation, useQuery } from '@apollo/client/react';
import { PlanChange } from '../../components/ui/plan-change';
import { planChoice } from '../../components/ui/plan-choice';
import { graphql } from '../../gql';
import { forgetApplicationListings } from './application-query';

const ApplicationChangePlanOptions = graphql(`
  query ApplicationChangePlanOptions($id: ID!) {
    service(id: $id) {
      id
      applicationPlans(first: 200) {
        nodes {
          id
          name
          isDefault
          state
        }
      }
    }
  }
`);

const ChangeApplicationPlan = graphql(`
  mutation ChangeApplicationPlan($input: ChangeApplicationPlanInput!) {
    changeApplicationPlan(input: $input) {
      application {
        id
        paid
        trialEndsAt
        updatedAt
        plan {
          id
          ...ApplicationPlanDetails
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface ApplicationPlanChangeProps {
  application: { id: string; name: string; plan: { id: string; name: string }; service: { id: string } };
}

/** Moves the application to another application plan of its product (hidden ones included: admins may give them). */
export function ApplicationPlanChange({ application }: ApplicationPlanChangeProps) {
  const { data, loading: loadingPlans } = useQuery(ApplicationChangePlanOptions, { variables: { id: application.service.id } });
  const [changePlan, { loading }] = useMutation(ChangeApplicationPlan, { update: forgetApplicationListings });
  return (
    <PlanChange
      label="Application plan"
      name={application.name}
      current={application.plan}
      options={(data?.service?.applicationPlans.nodes ?? []).map(planChoice)}
      loadingOptions={loadingPlans}
      saving={loading}
      change={async (planId) => (await changePlan({ variables: { input: { id: application.id, planId } } })).data?.changeApplicationPlan}
      planNameOf={(payload) => payload.application?.plan.name}
    />
  );
}
