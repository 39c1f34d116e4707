import {
  DATA_SOURCE_TYPES,
  JDBC_DATA_SOURCE_TYPES,
  JDBC_URL_EXAMPLES,
  ZCreateDataSourceBody,
  ZUpdateDataSourceBody,
  type TCreateDataSourceBody,
  type TDataSource,
  type TDataSourceConnectionInput,
  type TDataSourceType,
  type TUpdateDataSourceBody,
} from "@/lib/contracts/connectivity";
import type { TApiIssue } from "@/lib/contracts/common";

/** The data source form's fields, all text (or a flag) as the inputs hold them. */
export type TDataSourceFormValues = {
  name: string;
  description: string;
  type: TDataSourceType;
  envType: "0" | "1";
  jdbcUrl: string;
  username: string;
  password: string;
  /** Edit only: explicitly no password (clears the stored one). */
  noPassword: boolean;
  addresses: string;
  database: string;
  url: string;
};
export type TDataSourceFormField = Exclude<keyof TDataSourceFormValues, "noPassword">;

export const FORM_FIELDS: readonly TDataSourceFormField[] = ["name", "description", "type", "envType", "jdbcUrl", "username", "password", "addresses", "database", "url"];

export const EMPTY_FORM: TDataSourceFormValues = {
  name: "",
  description: "",
  type: "mysql",
  envType: "1",
  jdbcUrl: "",
  username: "",
  password: "",
  noPassword: false,
  addresses: "",
  database: "",
  url: "",
};

const isJdbc = (type: TDataSourceType): type is (typeof JDBC_DATA_SOURCE_TYPES)[number] => (JDBC_DATA_SOURCE_TYPES as readonly string[]).includes(type);

/** Which inputs a type shows. */
export function fieldsOfType(type: TDataSourceType): readonly TDataSourceFormField[] {
  if (isJdbc(type)) return ["jdbcUrl", "username", "password"];
  if (type === "redis") return ["addresses", "password"];
  if (type === "kafka") return ["addresses"];
  if (type === "mongodb") return ["addresses", "database", "username", "password"];
  return ["url"];
}

export function placeholderOf(type: TDataSourceType): string {
  if (isJdbc(type)) return JDBC_URL_EXAMPLES[type];
  if (type === "redis") return "127.0.0.1:6379";
  if (type === "kafka") return "127.0.0.1:9092";
  if (type === "mongodb") return "127.0.0.1:27017";
  return "http://127.0.0.1:8080/health";
}

/** An existing data source in the form; the password field starts empty ("unchanged"). */
export function formValuesOf(dataSource: TDataSource | null): TDataSourceFormValues {
  if (!dataSource) return EMPTY_FORM;
  const type = (DATA_SOURCE_TYPES as readonly string[]).includes(dataSource.type) ? (dataSource.type as TDataSourceType) : "mysql";
  return {
    ...EMPTY_FORM,
    name: dataSource.name,
    description: dataSource.description,
    type,
    envType: dataSource.envType === 0 ? "0" : "1",
    jdbcUrl: dataSource.connection.jdbcUrl ?? "",
    username: dataSource.connection.username ?? "",
    addresses: dataSource.connection.addresses.join("\n"),
    database: dataSource.connection.database ?? "",
    url: dataSource.connection.url ?? "",
  };
}

function toConnection(values: TDataSourceFormValues, isEdit: boolean): TDataSourceConnectionInput {
  const password = isEdit && values.noPassword ? null : values.password === "" ? undefined : values.password;
  const addresses = values.addresses
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
  const type = values.type;
  if (isJdbc(type)) return { type, jdbcUrl: values.jdbcUrl, username: values.username, ...(password === undefined ? {} : { password }) };
  if (type === "redis") return { type, addresses, ...(password === undefined ? {} : { password }) };
  if (type === "kafka") return { type, addresses };
  if (type === "mongodb") return { type, addresses, database: values.database, ...(values.username.trim() ? { username: values.username } : {}), ...(password === undefined ? {} : { password }) };
  return { type: "http", url: values.url };
}

export function toCreateBody(values: TDataSourceFormValues): TCreateDataSourceBody {
  return { name: values.name, description: values.description, envType: values.envType === "0" ? 0 : 1, connection: toConnection(values, false) };
}

export function toUpdateBody(values: TDataSourceFormValues): TUpdateDataSourceBody {
  return { description: values.description, envType: values.envType === "0" ? 0 : 1, connection: toConnection(values, true) };
}

/** Issue path → the form field it belongs to (`connection.addresses.1` → addresses); null when none fits. */
export function fieldOfIssuePath(path: string): TDataSourceFormField | null {
  const parts = path.split(".");
  const key = parts[0] === "connection" ? parts[1] : parts[0];
  if (key === undefined) return null;
  return (FORM_FIELDS as readonly string[]).includes(key) ? (key as TDataSourceFormField) : null;
}

export type TFormCheck = { issues: TApiIssue[] };

/** Checks the form as the server will (same zod schemas), answering issues with dotted paths. */
export function checkForm(values: TDataSourceFormValues, isEdit: boolean): TFormCheck {
  const parsed = isEdit ? ZUpdateDataSourceBody.safeParse(toUpdateBody(values)) : ZCreateDataSourceBody.safeParse(toCreateBody(values));
  return { issues: parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) };
}
