/**
 * DataWorks node type codes (spec §2.7, "common types"; not exhaustive) as the names the node
 * APIs write (`ODPS_SQL`). The statistics Actions give codes, the rest of the console names.
 */
const PROGRAM_TYPE_NAMES: Readonly<Record<number, string>> = {
  6: "SHELL",
  10: "ODPS_SQL",
  11: "ODPS_MR",
  23: "DI",
  24: "ODPS_SCRIPT",
  99: "VIRTUAL",
  221: "PYODPS",
  225: "ODPS_SPARK",
  227: "EMR_HIVE",
  228: "EMR_SPARK",
  229: "EMR_SPARK_SQL",
  230: "EMR_MR",
  239: "OSS_INSPECT",
  257: "EMR_SHELL",
  258: "EMR_SPARK_SHELL",
  259: "EMR_PRESTO",
  260: "EMR_IMPALA",
  900: "RI",
  1089: "CROSS_TENANTS",
  1091: "HOLOGRES_DEVELOP",
  1093: "HOLOGRES_SQL",
  1100: "CONTROLLER_ASSIGNMENT",
  1221: "PYODPS3",
};

/** The name of a type code; an unknown code reads as `TYPE_<code>`. */
export function programTypeName(code: number): string {
  return PROGRAM_TYPE_NAMES[code] ?? `TYPE_${code}`;
}
