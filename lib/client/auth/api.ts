import { fetchJson } from "@/lib/client/api-client";
import { ZLogoutResult, ZMe, type TLoginBody, type TMe } from "@/lib/contracts/auth";

export function fetchMe(signal?: AbortSignal): Promise<TMe> {
  return fetchJson("/api/auth/me", { schema: ZMe, signal });
}

export function login(body: TLoginBody): Promise<TMe> {
  return fetchJson("/api/auth/login", { method: "POST", body, schema: ZMe });
}

export function logout(): Promise<{ signedOut: true }> {
  return fetchJson("/api/auth/logout", { method: "POST", body: {}, schema: ZLogoutResult });
}
