import type { Executor } from "../../db/client.js";
import { countOfGroup, groupLoader, rowLoader } from "../../graphql/loader.js";
import { accountListing } from "../accounts/account.type.js";
import { applicationKeysByIds, applicationsByIds, applicationsOfAccountsLoader, keysOfApplications } from "./application.service.js";
import { applications } from "./applications.tables.js";
import { subscriptionsByIds, subscriptionsOfAccountsLoader } from "./subscription.service.js";
import { planChangeRequestsByIds } from "./plan-change.service.js";

/** How many applications an account has. */
const applicationCountOfAccount = countOfGroup({ name: "applicationsOfAccount", table: applications, groupColumn: applications.accountId });

export function createApplicationsLoaders(tx: Executor) {
  return {
    applicationById: rowLoader((ids) => applicationsByIds(tx, ids)),
    applicationKeyById: rowLoader((ids) => applicationKeysByIds(tx, ids)),
    subscriptionById: rowLoader((ids) => subscriptionsByIds(tx, ids)),
    planChangeRequestById: rowLoader((ids) => planChangeRequestsByIds(tx, ids)),
    keysOfApplication: groupLoader((ids) => keysOfApplications(tx, ids), (k) => k.applicationId),
    applicationsOfAccount: applicationsOfAccountsLoader(tx),
    subscriptionsOfAccount: subscriptionsOfAccountsLoader(tx),
    applicationCount: applicationCountOfAccount(tx),
  };
}

// A page of accounts fetches the account fields this module adds (application.resolver.ts) in its own
// statement when a query selects them: `accounts { nodes { applicationCount applications(first: 10) { … } } }`.
accountListing.addPrefetch({
  applications: { loader: (loaders) => loaders.applications.applicationsOfAccount },
  applicationCount: { loader: (loaders) => loaders.applications.applicationCount },
});

declare module "../../graphql/context.js" {
  interface Loaders {
    applications: ReturnType<typeof createApplicationsLoaders>;
  }
}
