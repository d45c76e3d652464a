import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { groupLoader, rowLoader } from "../../graphql/loader.js";
import { applicationCountsOfAccounts, applicationKeysByIds, applicationsByIds, applicationsOfAccountsLoader, keysOfApplications } from "./application.service.js";
import { subscriptionsByIds, subscriptionsOfAccountsLoader } from "./subscription.service.js";
import { planChangeRequestsByIds } from "./plan-change.service.js";

export function createApplicationsLoaders(tx: Executor) {
  return {
    applicationById: rowLoader((ids) => applicationsByIds(tx, ids)),
    applicationKeyById: rowLoader((ids) => applicationKeysByIds(tx, ids)),
    subscriptionById: rowLoader((ids) => subscriptionsByIds(tx, ids)),
    planChangeRequestById: rowLoader((ids) => planChangeRequestsByIds(tx, ids)),
    keysOfApplication: groupLoader((ids) => keysOfApplications(tx, ids), (k) => k.applicationId),
    applicationsOfAccount: applicationsOfAccountsLoader(tx),
    subscriptionsOfAccount: subscriptionsOfAccountsLoader(tx),
    applicationCount: new DataLoader<string, number>(async (ids) => {
      const counts = await applicationCountsOfAccounts(tx, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    applications: ReturnType<typeof createApplicationsLoaders>;
  }
}
