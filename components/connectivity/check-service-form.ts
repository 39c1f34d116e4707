import type { TCheckService, TCheckServiceKind, TCreateCheckServiceBody, TUpdateCheckServiceBody } from "@/lib/contracts/connectivity";

export type TCheckServiceFormValues = { name: string; kind: TCheckServiceKind; endpoint: string; region: string; cloudProjectId: string; accessKeyId: string; accessKeySecret: string };

export const EMPTY_CHECK_SERVICE: TCheckServiceFormValues = { name: "", kind: "dts", endpoint: "", region: "", cloudProjectId: "", accessKeyId: "", accessKeySecret: "" };

export const ENDPOINT_EXAMPLES: Record<TCheckServiceKind, string> = {
  dts: "https://dts.aliyuncs.com",
  dli: "https://dli.cn-north-4.myhuaweicloud.com",
  drs: "https://drs.cn-north-4.myhuaweicloud.com",
};

export function checkServiceValuesOf(service: TCheckService | null): TCheckServiceFormValues {
  if (!service) return EMPTY_CHECK_SERVICE;
  return { name: service.name, kind: service.kind, endpoint: service.endpoint, region: service.region, cloudProjectId: service.cloudProjectId ?? "", accessKeyId: service.accessKeyId, accessKeySecret: "" };
}

export function toCreateCheckServiceBody(values: TCheckServiceFormValues): TCreateCheckServiceBody {
  return { ...values, cloudProjectId: values.kind === "dts" ? "" : values.cloudProjectId };
}

/** Only the changed fields; an empty secret keeps the stored one. */
export function toUpdateCheckServiceBody(service: TCheckService, values: TCheckServiceFormValues): TUpdateCheckServiceBody {
  const body: TUpdateCheckServiceBody = {};
  if (values.name.trim() !== service.name) body.name = values.name;
  if (values.endpoint.trim() !== service.endpoint) body.endpoint = values.endpoint;
  if (values.region.trim() !== service.region) body.region = values.region;
  if (service.kind !== "dts" && values.cloudProjectId.trim() !== (service.cloudProjectId ?? "")) body.cloudProjectId = values.cloudProjectId;
  if (values.accessKeyId.trim() !== service.accessKeyId) body.accessKeyId = values.accessKeyId;
  if (values.accessKeySecret !== "") body.accessKeySecret = values.accessKeySecret;
  return body;
}
