import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { toGatewayErrorBody, type GatewayError } from "./gateway-errors";
import { toWireJson } from "./wire-json";

/** A RequestId shaped like Alibaba Cloud's: an uppercase UUID. */
export function newRequestId(): string {
  return crypto.randomUUID().toUpperCase();
}

const HOST_PATTERN = /^[A-Za-z0-9.\-:[\]]{1,255}$/;

/** The host the caller addressed (HostId in error bodies); a Host header that is not a plain host is not echoed. */
export function hostIdOf(request: IncomingMessage, fallback: string): string {
  const host = request.headers.host;
  return host !== undefined && HOST_PATTERN.test(host) ? host : fallback;
}

export function sendWireJson(response: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = toWireJson(body);
  response.statusCode = status;
  response.setHeader("Content-Type", "application/json;charset=utf-8");
  response.setHeader("Content-Length", Buffer.byteLength(text));
  response.setHeader("x-acs-request-id", requestId);
  response.end(text);
}

export function sendGatewayError(response: ServerResponse, error: GatewayError, requestId: string, hostId: string): void {
  // An oversized body was left unread: close rather than leave the connection mid-request.
  if (error.httpStatus === 413) response.setHeader("Connection", "close");
  sendWireJson(response, error.httpStatus, toGatewayErrorBody(error, requestId, hostId), requestId);
}
