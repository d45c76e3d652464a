/** A plan as a select offers it. */
export interface PlanChoice {
  value: string;
  label: string;
}

/** Plans as a select shows them: a flat list, or grouped by product. */
export type PlanChoices = readonly (PlanChoice | { group: string; items: PlanChoice[] })[];

/** A plan as a select option: default and hidden plans say so (admins may give hidden ones). */
export function planChoice(plan: { id: string; name: string; isDefault: boolean; state: string }): PlanChoice {
  const notes = [plan.isDefault ? 'default' : null, plan.state === 'HIDDEN' ? 'hidden' : null].filter(Boolean);
  return { value: plan.id, label: notes.length ? `${plan.name} (${notes.join(', ')})` : plan.name };
}

/** The option of a plan's ID in a flat or grouped list. */
export function findPlanChoice(choices: PlanChoices, value: string | null): PlanChoice | undefined {
  return choices.flatMap((choice) => ('group' in choice ? choice.items : [choice])).find((choice) => choice.value === value);
}
