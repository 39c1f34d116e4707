/**
 * The node type codes DataWorks documents as common (spec §2.7), with their names in both locales
 * ListFileType offers. The English names are the spec's; the Chinese ones are DataWorks' own.
 */
export type FileTypeEntry = { code: number; names: { "en-US": string; "zh-CN": string } };

export const FILE_TYPES: readonly FileTypeEntry[] = [
  { code: 6, names: { "en-US": "Shell", "zh-CN": "Shell" } },
  { code: 10, names: { "en-US": "ODPS SQL", "zh-CN": "ODPS SQL" } },
  { code: 11, names: { "en-US": "ODPS MR", "zh-CN": "ODPS MR" } },
  { code: 23, names: { "en-US": "Data Integration", "zh-CN": "数据集成" } },
  { code: 24, names: { "en-US": "ODPS Script", "zh-CN": "ODPS Script" } },
  { code: 99, names: { "en-US": "Virtual node", "zh-CN": "虚拟节点" } },
  { code: 221, names: { "en-US": "PyODPS 2", "zh-CN": "PyODPS 2" } },
  { code: 225, names: { "en-US": "ODPS Spark", "zh-CN": "ODPS Spark" } },
  { code: 227, names: { "en-US": "EMR Hive", "zh-CN": "EMR Hive" } },
  { code: 228, names: { "en-US": "EMR Spark", "zh-CN": "EMR Spark" } },
  { code: 229, names: { "en-US": "EMR Spark SQL", "zh-CN": "EMR Spark SQL" } },
  { code: 230, names: { "en-US": "EMR MR", "zh-CN": "EMR MR" } },
  { code: 239, names: { "en-US": "OSS object check", "zh-CN": "OSS对象检查" } },
  { code: 257, names: { "en-US": "EMR Shell", "zh-CN": "EMR Shell" } },
  { code: 258, names: { "en-US": "EMR Spark Shell", "zh-CN": "EMR Spark Shell" } },
  { code: 259, names: { "en-US": "EMR Presto", "zh-CN": "EMR Presto" } },
  { code: 260, names: { "en-US": "EMR Impala", "zh-CN": "EMR Impala" } },
  { code: 900, names: { "en-US": "Real-time sync", "zh-CN": "实时同步" } },
  { code: 1089, names: { "en-US": "Cross-tenant node", "zh-CN": "跨租户节点" } },
  { code: 1091, names: { "en-US": "Hologres development", "zh-CN": "Hologres开发" } },
  { code: 1093, names: { "en-US": "Hologres SQL", "zh-CN": "Hologres SQL" } },
  { code: 1100, names: { "en-US": "Assignment node", "zh-CN": "赋值节点" } },
  { code: 1221, names: { "en-US": "PyODPS 3", "zh-CN": "PyODPS 3" } },
];

export type FileTypeLocale = keyof FileTypeEntry["names"];

export type NodeTypeInfoWire = { NodeType: number; NodeTypeName: string };

/** The types whose name in `locale` contains `keyword` (case-insensitive), in code order. */
export function searchFileTypes(options: { locale: FileTypeLocale; keyword?: string }): NodeTypeInfoWire[] {
  const keyword = options.keyword?.trim().toLowerCase() ?? "";
  return FILE_TYPES.filter((entry) => entry.names[options.locale].toLowerCase().includes(keyword)).map((entry) => ({
    NodeType: entry.code,
    NodeTypeName: entry.names[options.locale],
  }));
}
