import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { callerOf, type Context } from "../graphql/context.js";
import { forbidden, notFound } from "../graphql/errors.js";
import { rowIdOf } from "../graphql/node.js";
import { exportAccessProblem, exportPath, exportStatusOf, type ExportView, findExport } from "./export.service.js";
import { Export, ExportStatus } from "./export.type.js";
import { Job } from "./job.type.js";

/** `node(id:)` for exports: the caller's tenant's, of a kind their token may read. */
export async function fetchExportNode(ctx: Context, id: string): Promise<ExportView | null> {
  const view = await findExport(ctx.tx, id);
  return view && !exportAccessProblem(callerOf(ctx), view.kind) ? view : null;
}

@Resolver(() => Export)
export class ExportResolver {
  @Query(() => Export, { description: "An export of your tenant by its global ID (NOT_FOUND when there is none, or it was deleted after it expired)." })
  async export(@Arg("id", () => ID, { description: "Global ID of the export." }) id: string, @Ctx() ctx: Context) {
    const view = await findExport(ctx.tx, rowIdOf(id, "Export"));
    if (!view) throw notFound("Export");
    const problem = exportAccessProblem(callerOf(ctx), view.kind);
    if (problem) throw forbidden(problem);
    return view;
  }

  @FieldResolver(() => ExportStatus.graphql, { description: "Where it stands; READY once the file can be downloaded." })
  status(@Root() view: ExportView) {
    return exportStatusOf(view);
  }

  @FieldResolver(() => Int, { description: "Rows written (without the header): all of them once READY." })
  rowCount(@Root() view: ExportView) {
    return view.job.processed;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Where to download the file (GET, with the same session or access token) while READY; null before and after.",
  })
  url(@Root() view: ExportView, @Ctx() ctx: Context) {
    return exportStatusOf(view) === "READY" ? `${ctx.config.publicUrl}${exportPath(view)}` : null;
  }

  @FieldResolver(() => Int, { description: "Size of the file in bytes (so far, while it is written), as `url` serves it: UTF-8 with a byte-order mark." })
  byteSize(@Root() view: ExportView) {
    return view.byteSize + 3;
  }

  @FieldResolver(() => Job, { description: "The job writing it: follow it with `jobProgress(id:)`, stop it with `cancelJob`." })
  job(@Root() view: ExportView) {
    return view.job;
  }
}
