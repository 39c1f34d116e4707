import type { z } from "zod";
import type { ActionDefinition } from "../../action";

/** Declares an action with its parameter types inferred from its schema. */
export function defineAction<Schema extends z.ZodType>(action: ActionDefinition<Schema>): ActionDefinition<Schema> {
  return action;
}
