import { EngineError } from "../model/errors";
import type { Database } from "../store/database";
import {
  allocateDataSourceId,
  deleteDataSource as deleteDataSourceRow,
  findDataSource,
  findDataSourceByName,
  insertDataSource,
  updateDataSource as updateDataSourceRow,
  type DataSourceRecord,
} from "../store/queries/connectivity/data-sources";
import { findProjectById } from "../store/queries/projects/find-project";
import { ContentError, destinationKey, parseContent, SECRET_KEYS, type ConnectionSpec, type ParsedContent, type Secrets } from "./content";
import type { ConnectivityRuntime } from "./runtime";
import { SecretKeyError } from "./secrets";
import { isDataSourceType, type DataSourceType, type ProbeTarget } from "./types";

/** Data source create / update / delete with secrets sealed at rest. Errors are DataWorks' codes. */

export const DATA_SOURCE_ERRORS = {
  notFound: (id: bigint) => new EngineError("Invalid.Tenant.ConnectionNotExists", `The connection does not exist: ${String(id)}.`, 400),
  typeNotExist: (type: string) => new EngineError("Invalid.DataSource.DataSourceTypeNotExist", `The data source type ${type} does not exist.`, 400),
  alreadyExists: (envType: number, name: string) =>
    new EngineError("ConnectionAlreadyExist", `The connection with envType ${envType} and name ${name} already exists.`, 400),
  projectNotFound: () => new EngineError("Invalid.Tenant.ProjectNotExists", "The project does not exist.", 400),
} as const;

/** The type a DataWorks (type, subType) pair names: `rds` + subType is that engine. */
export function effectiveType(dataSourceType: string, subType: string | undefined): DataSourceType {
  const type = dataSourceType.toLowerCase() === "rds" ? (subType ?? "").toLowerCase() : dataSourceType.toLowerCase();
  if (type === "https") return "http";
  if (!isDataSourceType(type)) {
    if (dataSourceType.toLowerCase() === "rds") {
      throw new EngineError("Invalid.DataSource.DataSourceTypeNotSupport", `The dataSourceType rds and subType ${subType ?? ""} are not supported.`, 400);
    }
    throw DATA_SOURCE_ERRORS.typeNotExist(dataSourceType);
  }
  return type;
}

function parseOrThrow(type: DataSourceType, content: unknown): ParsedContent {
  try {
    return parseContent(type, content);
  } catch (error) {
    if (error instanceof ContentError) throw new EngineError(error.code, error.message, 400);
    throw error;
  }
}

/** Which environment variable supplies each secret (workspace YAML); validated names only. */
export type SecretEnv = Partial<Record<(typeof SECRET_KEYS)[number], string>>;

function associatedData(id: bigint): string {
  return `nightshift.datasource.${String(id)}`;
}

function sealSecrets(runtime: ConnectivityRuntime, id: bigint, secrets: Secrets): string {
  return Object.keys(secrets).length === 0 ? "" : runtime.secretBox().seal(JSON.stringify(secrets), associatedData(id));
}

export function openSecrets(runtime: ConnectivityRuntime, record: Pick<DataSourceRecord, "id" | "secretsCipher">): Secrets {
  if (!record.secretsCipher) return {};
  return JSON.parse(runtime.secretBox().open(record.secretsCipher, associatedData(record.id))) as Secrets;
}

function parseSecretEnv(text: string): SecretEnv {
  try {
    return JSON.parse(text) as SecretEnv;
  } catch {
    return {};
  }
}

/** The secret keys a data source has stored or named (so a list can show `***`). */
export function storedSecretKeys(runtime: ConnectivityRuntime, record: DataSourceRecord): string[] {
  const keys = new Set(Object.keys(parseSecretEnv(record.secretEnv)));
  if (record.secretsCipher) {
    try {
      for (const key of Object.keys(openSecrets(runtime, record))) keys.add(key);
    } catch {
      keys.add("password");
    }
  }
  return [...keys];
}

export type CreateDataSourceInput = {
  projectId: bigint;
  name: string;
  description: string;
  dataSourceType: string;
  subType?: string;
  envType: number;
  content: unknown;
  operator: string;
  secretEnv?: SecretEnv;
  sourceFile?: string;
};

export async function createDataSource(db: Database, runtime: ConnectivityRuntime, input: CreateDataSourceInput, now: number): Promise<bigint> {
  const type = effectiveType(input.dataSourceType, input.subType);
  const parsed = parseOrThrow(type, input.content);
  if (!(await findProjectById(db, input.projectId))) throw DATA_SOURCE_ERRORS.projectNotFound();
  if (await findDataSourceByName(db, { projectId: input.projectId, envType: input.envType, name: input.name })) {
    throw DATA_SOURCE_ERRORS.alreadyExists(input.envType, input.name);
  }
  const id = await allocateDataSourceId(db);
  try {
    await insertDataSource(db, {
      id,
      projectId: input.projectId,
      name: input.name,
      description: input.description,
      dataSourceType: input.dataSourceType.toLowerCase(),
      subType: (input.subType ?? "").toLowerCase(),
      envType: input.envType,
      content: JSON.stringify(parsed.publicContent),
      secretsCipher: sealSecrets(runtime, id, parsed.secrets),
      secretEnv: JSON.stringify(input.secretEnv ?? {}),
      status: 1,
      operator: input.operator,
      sourceFile: input.sourceFile ?? "",
      createdAt: BigInt(now),
      modifiedAt: BigInt(now),
    });
  } catch (error) {
    // Two creates raced for one name: the unique index decided.
    if (/Unique constraint|UNIQUE constraint|P2002/i.test(String((error as Error).message ?? error))) throw DATA_SOURCE_ERRORS.alreadyExists(input.envType, input.name);
    throw error;
  }
  return id;
}

export type UpdateDataSourceInput = {
  id: bigint;
  description?: string;
  envType: number;
  content: unknown;
  operator: string;
  secretEnv?: SecretEnv;
  sourceFile?: string;
};

/**
 * Replaces the Content (the spec's safe reading). A secret left out or given as `***` keeps the
 * stored one — but a stored password is reused only while the destination (type, hosts, ports) is
 * unchanged: pointing a data source elsewhere needs the password again, so nobody can send the
 * stored one to a server of their choosing.
 */
export async function updateDataSource(db: Database, runtime: ConnectivityRuntime, input: UpdateDataSourceInput, now: number): Promise<void> {
  const record = await findDataSource(db, input.id);
  if (!record) throw DATA_SOURCE_ERRORS.notFound(input.id);
  const type = effectiveType(record.dataSourceType, record.subType);
  const parsed = parseOrThrow(type, input.content);
  const stored = openSecretsOrThrow(runtime, record);
  const previous = parseContent(type, JSON.parse(record.content) as unknown);
  const isSameDestination = destinationKey(previous.connection) === destinationKey(parsed.connection);
  const secrets: Secrets = { ...parsed.secrets };
  for (const key of SECRET_KEYS) {
    if (secrets[key] !== undefined || stored[key] === undefined) continue;
    if (key === "password" && !isSameDestination) {
      throw new EngineError(
        "MissingParam.ConnectionStr.Property",
        "You must specify property password: the host or port changed, and a stored password is only reused for the same host and port.",
        400,
      );
    }
    secrets[key] = stored[key];
  }
  if (input.envType !== record.envType) {
    const clash = await findDataSourceByName(db, { projectId: record.projectId, envType: input.envType, name: record.name });
    if (clash && clash.id !== record.id) throw DATA_SOURCE_ERRORS.alreadyExists(input.envType, record.name);
  }
  await updateDataSourceRow(db, record.id, {
    ...(input.description === undefined ? {} : { description: input.description }),
    envType: input.envType,
    content: JSON.stringify(parsed.publicContent),
    secretsCipher: sealSecrets(runtime, record.id, secrets),
    ...(input.secretEnv === undefined ? {} : { secretEnv: JSON.stringify(input.secretEnv) }),
    ...(input.sourceFile === undefined ? {} : { sourceFile: input.sourceFile }),
    operator: input.operator,
    modifiedAt: BigInt(now),
  });
}

function openSecretsOrThrow(runtime: ConnectivityRuntime, record: DataSourceRecord): Secrets {
  try {
    return openSecrets(runtime, record);
  } catch (error) {
    if (error instanceof SecretKeyError) {
      throw new EngineError("InternalError.DataSource.SecretUnreadable", `The stored secrets of data source ${String(record.id)} cannot be read: ${error.message}.`, 500);
    }
    throw error;
  }
}

export async function deleteDataSource(db: Database, id: bigint): Promise<void> {
  if (!(await deleteDataSourceRow(db, id))) throw DATA_SOURCE_ERRORS.notFound(id);
}

export type TargetOrProblem = { target: ProbeTarget; problem: null } | { target: null; problem: { state: "ConfigError" | "Unsupport"; message: string } };

/**
 * The probe target of a stored data source: its Content with the secrets opened (or read from
 * the environment variables its YAML names). A problem instead when the Content cannot be tested.
 */
export function toProbeTarget(runtime: ConnectivityRuntime, record: DataSourceRecord): TargetOrProblem {
  let type: DataSourceType;
  let parsed: ParsedContent;
  try {
    type = effectiveType(record.dataSourceType, record.subType);
    parsed = parseContent(type, JSON.parse(record.content) as unknown);
  } catch (error) {
    return { target: null, problem: { state: "ConfigError", message: `the stored Content is invalid: ${(error as Error).message}` } };
  }
  if (!parsed.connection) return { target: null, problem: { state: "Unsupport", message: parsed.unsupportedReason ?? "this Content cannot be tested" } };
  let secrets: Secrets;
  try {
    secrets = openSecrets(runtime, record);
  } catch (error) {
    return { target: null, problem: { state: "Unsupport", message: `the stored secrets cannot be read: ${(error as Error).message}` } };
  }
  for (const [key, variable] of Object.entries(parseSecretEnv(record.secretEnv))) {
    if (secrets[key as keyof Secrets] !== undefined || typeof variable !== "string") continue;
    const value = runtime.readSecretEnv(variable);
    if (value === undefined) {
      return { target: null, problem: { state: "ConfigError", message: `the ${key} comes from the environment variable ${variable}, which is not set in the engine's environment` } };
    }
    secrets[key as keyof Secrets] = value;
  }
  return { target: withSecrets(parsed.connection, secrets), problem: null };
}

function withSecrets(connection: ConnectionSpec, secrets: Secrets): ProbeTarget {
  return { ...connection, password: secrets.password ?? "", caCertificate: secrets.caCertificate ?? "" };
}
