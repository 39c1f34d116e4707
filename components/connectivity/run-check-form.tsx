"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { useRunCheck } from "@/lib/client/connectivity/use-check-services";
import { ZRunCheckBody, type TCheckService, type TRunCheckBody } from "@/lib/contracts/connectivity";
import { CONNECTIVITY_STRINGS } from "./connectivity-strings";
import { ConnectivityRunView } from "./connectivity-run-view";

const S = CONNECTIVITY_STRINGS.checks;
const DTS_INSTANCE_TYPES = ["LocalInstance", "ECS", "RDS", "Express", "dg", "MongoDB", "Redis", "POLARDB", "PolarDB_o", "DRDS", "PetaData", "AnalyticDB", "Greenplum"];

type EndValues = { instanceType: string; engineName: string; instanceId: string; ip: string; port: string; databaseName: string; userName: string; password: string };
const EMPTY_END: EndValues = { instanceType: "LocalInstance", engineName: "MySQL", instanceId: "", ip: "", port: "", databaseName: "", userName: "", password: "" };
type JobValues = { id: string; netType: "eip" | "vpc" | "vpn"; dbType: "mysql" | "postgresql" | "mongodb" | "oracle" | "kafka"; ip: string; dbPort: string; dbUser: string; dbPassword: string; endPointType: "so" | "ta" };
const EMPTY_JOB: JobValues = { id: "", netType: "eip", dbType: "mysql", ip: "", dbPort: "", dbUser: "", dbPassword: "", endPointType: "so" };

/** Empty strings are left out: DTS and DRS treat a sent-but-empty field differently from an absent one. */
function compact<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== "")) as Partial<T>;
}

function toBody(service: TCheckService, source: EndValues, destination: EndValues, connectionId: string, job: JobValues): TRunCheckBody {
  if (service.kind === "dts") return { kind: "dts", source: { ...compact(source), instanceType: source.instanceType }, destination: { ...compact(destination), instanceType: destination.instanceType } };
  if (service.kind === "dli") return { kind: "dli", connectionId };
  const { dbPort, ...rest } = job;
  return { kind: "drs", jobs: [{ ...compact(rest), id: job.id, ip: job.ip, netType: job.netType, dbType: job.dbType, endPointType: job.endPointType, ...(dbPort.trim() ? { dbPort: Number(dbPort) } : {}) }] };
}

function EndFields({ title, values, onChange, idPrefix }: { title: string; values: EndValues; onChange: (values: EndValues) => void; idPrefix: string }) {
  const input = (field: keyof EndValues, label: string, type = "text") => (
    <Field id={`${idPrefix}-${field}`} label={label}>
      <Input id={`${idPrefix}-${field}`} type={type} value={values[field]} onChange={(event) => onChange({ ...values, [field]: event.target.value })} autoComplete={type === "password" ? "new-password" : "off"} spellCheck={false} />
    </Field>
  );
  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <div className="grid grid-cols-2 gap-2">
        <Field id={`${idPrefix}-instanceType`} label={S.instanceType} isRequired>
          <Select id={`${idPrefix}-instanceType`} value={values.instanceType} onChange={(event) => onChange({ ...values, instanceType: event.target.value })} options={DTS_INSTANCE_TYPES.map((type) => ({ value: type, label: type }))} />
        </Field>
        {input("engineName", S.engineName)}
        {input("ip", S.ip)}
        {input("port", S.port)}
        {input("instanceId", S.instanceId)}
        {input("databaseName", S.databaseName)}
        {input("userName", S.userName)}
        {input("password", S.password, "password")}
      </div>
    </fieldset>
  );
}

/** The check a service offers: DTS a source and a destination, DLI a connection ID, DRS one task end. */
export function RunCheckForm({ workspace, service }: { workspace: TWorkspaceRef; service: TCheckService }) {
  const formId = useId();
  const [source, setSource] = useState(EMPTY_END);
  const [destination, setDestination] = useState(EMPTY_END);
  const [connectionId, setConnectionId] = useState("");
  const [job, setJob] = useState(EMPTY_JOB);
  const [error, setError] = useState<string | null>(null);
  const run = useRunCheck(workspace);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = toBody(service, source, destination, connectionId, job);
    const parsed = ZRunCheckBody.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(issue ? `${issue.path.join(".")}: ${issue.message}` : null);
    }
    setError(null);
    run.mutate({ checkServiceId: service.id, body }, { onError: (failure) => setError(failure.message) });
  }

  const jobInput = (field: "id" | "ip" | "dbPort" | "dbUser" | "dbPassword", label: string, type = "text") => (
    <Field id={`${formId}-${field}`} label={label} isRequired={field === "id" || field === "ip"}>
      <Input id={`${formId}-${field}`} type={type} value={job[field]} onChange={(event) => setJob({ ...job, [field]: event.target.value })} autoComplete={type === "password" ? "new-password" : "off"} spellCheck={false} />
    </Field>
  );

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={S.run}>
        {service.kind === "dts" ? (
          <div className="grid grid-cols-2 gap-3">
            <EndFields title={S.source} values={source} onChange={setSource} idPrefix={`${formId}-source`} />
            <EndFields title={S.destination} values={destination} onChange={setDestination} idPrefix={`${formId}-destination`} />
          </div>
        ) : null}
        {service.kind === "dli" ? (
          <Field id={`${formId}-connection`} label={S.connectionId} isRequired>
            <Input id={`${formId}-connection`} value={connectionId} onChange={(event) => setConnectionId(event.target.value)} placeholder="378eb1e6-521d-41a4-a41c-bbb58f34a6d6" className="font-mono" spellCheck={false} />
          </Field>
        ) : null}
        {service.kind === "drs" ? (
          <div className="grid grid-cols-4 gap-2">
            {jobInput("id", S.taskId)}
            <Field id={`${formId}-netType`} label={S.netType} isRequired>
              <Select id={`${formId}-netType`} value={job.netType} onChange={(event) => setJob({ ...job, netType: event.target.value as JobValues["netType"] })} options={["eip", "vpc", "vpn"].map((value) => ({ value, label: value }))} />
            </Field>
            <Field id={`${formId}-dbType`} label={S.dbType} isRequired>
              <Select id={`${formId}-dbType`} value={job.dbType} onChange={(event) => setJob({ ...job, dbType: event.target.value as JobValues["dbType"] })} options={["mysql", "postgresql", "mongodb", "oracle", "kafka"].map((value) => ({ value, label: value }))} />
            </Field>
            <Field id={`${formId}-end`} label={S.endPointType} isRequired>
              <Select id={`${formId}-end`} value={job.endPointType} onChange={(event) => setJob({ ...job, endPointType: event.target.value as JobValues["endPointType"] })} options={[{ value: "so", label: S.ends.so }, { value: "ta", label: S.ends.ta }]} />
            </Field>
            {jobInput("ip", S.ip)}
            {jobInput("dbPort", S.port)}
            {jobInput("dbUser", S.userName)}
            {jobInput("dbPassword", S.password, "password")}
          </div>
        ) : null}
        <div>
          <Button type="submit" variant="primary" isLoading={run.isPending}>
            {run.isPending ? S.running : S.run}
          </Button>
        </div>
      </form>
      {error ? (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {S.checkFailed}: {error}
        </p>
      ) : null}
      {run.data && run.data.checkServiceId === service.id ? <ConnectivityRunView run={run.data.run} /> : null}
    </div>
  );
}
