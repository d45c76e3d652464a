import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { accountsByIds, accountUsersByIds, firstAdminUserOfAccount, usersOfAccountsLoader } from "./account.service.js";
import type { FieldTarget } from "./accounts.tables.js";
import { type FieldDefinitionView, fieldDefinitionsOf } from "./field-definition.service.js";
import { accountMessagesByIds, messagesOfAccountsLoader } from "./message.service.js";
import { accountInvitationsByIds, invitationsOfAccountsLoader } from "./invitation.service.js";

export function createAccountsLoaders(tx: Executor) {
  return {
    accountById: rowLoader((ids) => accountsByIds(tx, ids)),
    accountUserById: rowLoader((ids) => accountUsersByIds(tx, ids)),
    accountMessageById: rowLoader((ids) => accountMessagesByIds(tx, ids)),
    adminUserOfAccount: firstAdminUserOfAccount(tx),
    usersOfAccount: usersOfAccountsLoader(tx),
    messagesOfAccount: messagesOfAccountsLoader(tx),
    invitationsOfAccount: invitationsOfAccountsLoader(tx),
    accountInvitationById: rowLoader((ids) => accountInvitationsByIds(tx, ids)),
    /** The tenant's fields of a target, by `<tenantId>:<target>`: once per request, whatever the page size. */
    fieldDefinitions: new DataLoader<string, FieldDefinitionView[]>((keys) =>
      Promise.all(
        keys.map((key) => {
          const [tenantId, target] = key.split(":") as [string, FieldTarget];
          return fieldDefinitionsOf(tx, { tenantId }, target);
        }),
      ),
    ),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    accounts: ReturnType<typeof createAccountsLoaders>;
  }
}
