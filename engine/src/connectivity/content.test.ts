import { describe, expect, it } from "vitest";
import { ContentError, destinationKey, maskedContent, parseContent } from "./content";

describe("Content per type", () => {
  it("reads a JDBC Content in connection-string mode and keeps the password out of the public part", () => {
    const parsed = parseContent("mysql", { tag: "public", jdbcUrl: "jdbc:mysql://db.internal:3307/orders", username: "etl", password: "s3cret" });
    expect(parsed.connection).toMatchObject({ type: "mysql", endpoints: [{ host: "db.internal", port: 3307 }], database: "orders", username: "etl" });
    expect(parsed.secrets).toEqual({ password: "s3cret" });
    expect(parsed.publicContent).not.toHaveProperty("password");
    expect(maskedContent(parsed.publicContent, ["password"]).password).toBe("***");
  });

  it("refuses query strings, driver flags and unknown keys, naming the property", () => {
    expect(() => parseContent("mysql", { jdbcUrl: "jdbc:mysql://h:3306/db?allowLoadLocalInfile=true", username: "u" })).toThrow(/jdbcUrl.*no query string/);
    expect(() => parseContent("postgresql", { jdbcUrl: "jdbc:postgresql://h/db", username: "u", sslrootcert: "/etc/passwd" })).toThrow(/sslrootcert/);
    expect(() => parseContent("mysql", { jdbcUrl: "jdbc:mysql://h/db", username: "u", caCertificate: "/etc/ssl/ca.pem" })).toThrow(/PEM contents/);
    expect(() => parseContent("mysql", { jdbcUrl: "jdbc:mysql://h/db" })).toThrow(ContentError);
  });

  it("reads address lists for Redis, Kafka and MongoDB as JSON text or arrays", () => {
    expect(parseContent("redis", { address: '[{"host":"127.0.0.1","port":6380}]' }).connection?.endpoints).toEqual([{ host: "127.0.0.1", port: 6380 }]);
    expect(parseContent("kafka", { address: ["k1:9092", "k2:9093"] }).connection?.endpoints).toHaveLength(2);
    expect(parseContent("mongodb", { address: '["127.0.0.1:27018"]', database: "admin" }).connection?.endpoints).toEqual([{ host: "127.0.0.1", port: 27018 }]);
  });

  it("takes RDS instance mode as valid but untestable here", () => {
    const parsed = parseContent("mysql", { tag: "rds", instanceName: "rm-1", username: "u", password: "p", database: "d" });
    expect(parsed.connection).toBeNull();
    expect(parsed.unsupportedReason).toMatch(/RDS/);
  });

  it("compares destinations by type, host (case, trailing dot) and port", () => {
    const a = parseContent("mysql", { jdbcUrl: "jdbc:mysql://DB.internal.:3306/a", username: "u" }).connection;
    const b = parseContent("mysql", { jdbcUrl: "jdbc:mysql://db.internal:3306/b", username: "v" }).connection;
    const c = parseContent("mysql", { jdbcUrl: "jdbc:mysql://db.internal:3307/a", username: "u" }).connection;
    expect(destinationKey(a)).toBe(destinationKey(b));
    expect(destinationKey(a)).not.toBe(destinationKey(c));
  });
});
