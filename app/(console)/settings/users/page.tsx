import type { Metadata } from "next";
import { UsersSettingsPage } from "@/components/users/users-settings-page";
import { USERS_STRINGS } from "@/components/users/users-strings";
import { requireActor } from "@/lib/server/auth/get-actor";

export const metadata: Metadata = { title: USERS_STRINGS.title };

/** /settings/users — admins only; others are sent home before anything is read. */
export default async function UsersSettingsRoute() {
  const actor = await requireActor({ nextPath: "/settings/users", role: "admin" });
  return <UsersSettingsPage currentUserId={actor.userId} />;
}
