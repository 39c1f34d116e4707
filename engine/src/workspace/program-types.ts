/**
 * DataWorks program type names and their numeric node type codes (spec §2.7). The spec lists the
 * codes but not the names; the names are the ones DataWorks' node APIs return (`ODPS_SQL` style).
 * The embedded engine runs every type except VIRTUAL as a shell command.
 */
export const FILE_TYPE_BY_PROGRAM_TYPE = {
  SHELL: 6,
  ODPS_SQL: 10,
  ODPS_MR: 11,
  DI: 23,
  ODPS_SCRIPT: 24,
  VIRTUAL: 99,
  PYODPS: 221,
  ODPS_SPARK: 225,
  EMR_HIVE: 227,
  EMR_SPARK: 228,
  EMR_SPARK_SQL: 229,
  EMR_MR: 230,
  OSS_INSPECT: 239,
  EMR_SHELL: 257,
  EMR_SPARK_SHELL: 258,
  EMR_PRESTO: 259,
  EMR_IMPALA: 260,
  RI: 900,
  CROSS_TENANTS: 1089,
  HOLOGRES_DEVELOP: 1091,
  HOLOGRES_SQL: 1093,
  CONTROLLER_ASSIGNMENT: 1100,
  PYODPS3: 1221,
} as const;

export type ProgramType = keyof typeof FILE_TYPE_BY_PROGRAM_TYPE;
export const PROGRAM_TYPES = Object.keys(FILE_TYPE_BY_PROGRAM_TYPE) as [ProgramType, ...ProgramType[]];

export function fileTypeOf(programType: ProgramType): number {
  return FILE_TYPE_BY_PROGRAM_TYPE[programType];
}
