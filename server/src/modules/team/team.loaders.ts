import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { accessTokensByIds } from "./access-token.service.js";
import { usersByIds, usersOfTenantsLoader } from "./user.service.js";

export function createTeamLoaders(tx: Executor) {
  return {
    userById: rowLoader((ids) => usersByIds(tx, ids)),
    accessTokenById: rowLoader((ids) => accessTokensByIds(tx, ids)),
    usersOfTenant: usersOfTenantsLoader(tx),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    team: ReturnType<typeof createTeamLoaders>;
  }
}
