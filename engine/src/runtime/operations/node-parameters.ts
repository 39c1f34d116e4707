import { EngineError } from "../../model/errors";
import { parseParamValues, renderCommand } from "../../runner/parameters";
import { invalidParameter } from "./refusal";

const NODE_ID_KEY = /^[1-9]\d{0,18}$/;
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses a NodeParams / NodeParameters string: a JSON object keyed by node ID whose values are
 * "k=v k2=v2" lists. The spec's own example leaves the keys unquoted ({74324:"a=1"}), so bare
 * numeric keys are accepted too (spec §5.12).
 */
export function parseNodeParamsJson(text: string, parameter: string): Record<string, string> {
  const quoted = text.replace(/([{,]\s*)(\d+)(\s*:)/g, '$1"$2"$3');
  const parsed = parseJsonObject(quoted, `${parameter} must be a JSON object keyed by node ID`);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== "string") throw invalidParameter(`The specified parameters are invalid: ${parameter}: the value for node ${key} must be a string.`);
    values[key] = value;
  }
  return values;
}

/**
 * RunSmokeTest's NodeParams, which the spec shows both as JSON keyed by node ID and as a plain
 * "k=v" list (spec §5.11): the parameter values for the one node tested.
 */
export function smokeTestParamValues(text: string, nodeId: bigint): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return validParamValues(trimmed, "NodeParams");
  const byNode = parseNodeParamsJson(trimmed, "NodeParams");
  const overrides = toParamOverrides(byNode, new Set([nodeId]), "NodeParams");
  return overrides.get(nodeId) ?? "";
}

/** Node parameters keyed by node ID → the overrides a DAG's instances are created with. */
export function toParamOverrides(byNode: Record<string, string>, allowedNodeIds: ReadonlySet<bigint>, parameter: string): Map<bigint, string> {
  const overrides = new Map<bigint, string>();
  for (const [key, value] of Object.entries(byNode)) {
    if (!NODE_ID_KEY.test(key)) throw invalidParameter(`The specified parameters are invalid: ${parameter}: "${key}" is not a node ID.`);
    const nodeId = BigInt(key);
    if (!allowedNodeIds.has(nodeId)) {
      throw invalidParameter(`The specified parameters are invalid: ${parameter} names node ${key}, which this run does not include.`);
    }
    overrides.set(nodeId, validParamValues(value, `${parameter}[${key}]`));
  }
  return overrides;
}

/** Parses a DagParameters JSON object of names to values. */
export function parseDagParameters(text: string): Record<string, string> {
  const parsed = parseJsonObject(text, "DagParameters must be a JSON object of names to values");
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) values[name] = typeof value === "string" ? value : JSON.stringify(value);
  return checkDagParameters(values);
}

/** Names must be parameter names and values single words, as they join a "k=v" list. */
export function checkDagParameters(values: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(values)) {
    if (!PARAMETER_NAME.test(name)) throw invalidParameter(`The specified parameters are invalid: DagParameters: "${name}" is not a parameter name.`);
    if (/\s/.test(value) || value === "") {
      throw invalidParameter(`The specified parameters are invalid: DagParameters: the value of "${name}" must be non-empty and without spaces.`);
    }
  }
  return values;
}

/**
 * A node's parameters with the DAG's applied (spec §4.22): references to a DAG parameter
 * ("day=${run_day}") take its value, and DAG parameters the node does not set are added.
 */
export function withDagParameters(paramValues: string, dagParameters: Readonly<Record<string, string>>): string {
  const values = parseParamValues(paramValues);
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) merged[name] = renderCommand(value, dagParameters);
  for (const [name, value] of Object.entries(dagParameters)) if (!Object.hasOwn(merged, name)) merged[name] = value;
  return formatParamValues(merged);
}

export function formatParamValues(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join(" ");
}

function parseJsonObject(text: string, expectation: string): object {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalidParameter(`The specified parameters are invalid: ${expectation}.`);
  }
  return parsed;
}

function validParamValues(text: string, parameter: string): string {
  try {
    parseParamValues(text);
  } catch (error) {
    if (error instanceof EngineError) throw invalidParameter(`The specified parameters are invalid: ${parameter}: ${error.message.replace(/ in ParamValues/, "")}.`);
    throw error;
  }
  return text.trim();
}
