import { encodeRpcQuery } from "./canonical";
import { createSignedRpcParameters, type SignedRequestInput } from "./signature";

export type SignedRpcCall = Omit<SignedRequestInput, "method"> & {
  method?: "GET" | "POST";
  /** Changes the signed parameters before they are sent (to break or replay a request on purpose). */
  alter?: (signed: Record<string, string>) => Record<string, string>;
};

export type RpcAnswer = { status: number; headers: Headers; text: string; body: Record<string, unknown> };

/** Sends one signed RPC call with fetch and returns the raw answer: for tests that need the wire text or a request pop-core would not send. */
export async function sendSignedRpc(baseUrl: string, call: SignedRpcCall): Promise<RpcAnswer> {
  const method = call.method ?? "GET";
  const signed = createSignedRpcParameters({ ...call, method });
  const encoded = encodeRpcQuery(call.alter ? call.alter(signed) : signed);
  const response =
    method === "GET"
      ? await fetch(`${baseUrl}/?${encoded}`)
      : await fetch(`${baseUrl}/`, { method, body: encoded, headers: { "content-type": "application/x-www-form-urlencoded" } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Record<string, unknown> };
}
