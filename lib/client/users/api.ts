import { fetchJson } from "@/lib/client/api-client";
import {
  ZRevokeSessionsResult,
  ZUserList,
  ZUserWithPassword,
  type TCreateUserInput,
  type TRevokeSessionsResult,
  type TUser,
  type TUpdateUserInput,
  type TUserWithPassword,
} from "@/lib/contracts/users";

export async function fetchUsers(signal?: AbortSignal): Promise<TUser[]> {
  return (await fetchJson("/api/users", { schema: ZUserList, signal })).items;
}

export function createUser(body: TCreateUserInput): Promise<TUserWithPassword> {
  return fetchJson("/api/users", { method: "POST", body, schema: ZUserWithPassword });
}

export function updateUser(userId: number, body: TUpdateUserInput): Promise<TUserWithPassword> {
  return fetchJson(`/api/users/${userId}`, { method: "PATCH", body, schema: ZUserWithPassword });
}

export function revokeUserSessions(userId: number): Promise<TRevokeSessionsResult> {
  return fetchJson(`/api/users/${userId}/revoke-sessions`, { method: "POST", body: {}, schema: ZRevokeSessionsResult });
}
