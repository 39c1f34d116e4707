import { describe, expect, it } from "vitest";
import type { TDataSource } from "@/lib/contracts/connectivity";
import { EMPTY_FORM, checkForm, fieldOfIssuePath, fieldsOfType, formValuesOf, toCreateBody, toUpdateBody } from "./data-source-form";

const stored: TDataSource = {
  dataSourceId: "5",
  name: "orders_db",
  type: "mysql",
  subType: null,
  description: "",
  envType: 1,
  status: "enabled",
  connection: { jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", addresses: [], database: null, url: null, other: {} },
  hasPassword: true,
  modifiedAt: null,
  lastResult: null,
};

describe("data source form", () => {
  it("shows the inputs of each type", () => {
    expect(fieldsOfType("postgresql")).toEqual(["jdbcUrl", "username", "password"]);
    expect(fieldsOfType("kafka")).toEqual(["addresses"]);
    expect(fieldsOfType("http")).toEqual(["url"]);
  });

  it("starts an edit with the stored fields and an empty password (unchanged)", () => {
    const values = formValuesOf(stored);
    expect(values).toMatchObject({ name: "orders_db", jdbcUrl: "jdbc:mysql://127.0.0.1:3306/test", username: "root", password: "", noPassword: false });
    expect(toUpdateBody(values).connection).not.toHaveProperty("password");
  });

  it("sends a typed password, and null when the admin says there is none", () => {
    expect(toUpdateBody({ ...formValuesOf(stored), password: "s3cret" }).connection).toMatchObject({ password: "s3cret" });
    expect(toUpdateBody({ ...formValuesOf(stored), noPassword: true }).connection).toMatchObject({ password: null });
  });

  it("splits addresses by line or comma", () => {
    expect(toCreateBody({ ...EMPTY_FORM, name: "cache", type: "redis", addresses: "127.0.0.1:6379\n 127.0.0.2:6380, " }).connection).toEqual({ type: "redis", addresses: ["127.0.0.1:6379", "127.0.0.2:6380"] });
  });

  it("checks per type with the server's schema and maps issues to the form's fields", () => {
    const { issues } = checkForm({ ...EMPTY_FORM, name: "", type: "mysql", jdbcUrl: "mysql://nope", username: "" }, false);
    expect(issues.map((issue) => fieldOfIssuePath(issue.path))).toEqual(expect.arrayContaining(["name", "jdbcUrl", "username"]));
    expect(fieldOfIssuePath("connection.addresses.1")).toBe("addresses");
    expect(fieldOfIssuePath("connection")).toBeNull();
    expect(checkForm({ ...EMPTY_FORM, name: "hook", type: "http", url: "http://127.0.0.1:8080/health" }, false).issues).toEqual([]);
  });
});
