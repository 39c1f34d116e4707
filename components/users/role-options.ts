import { ROLES } from "@/lib/contracts/auth";
import { USERS_STRINGS } from "./users-strings";

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: `${USERS_STRINGS.roles[role]} — ${USERS_STRINGS.roleHints[role]}` }));
