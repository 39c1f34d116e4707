import net from "node:net";

/**
 * Peers for connection tests, all on 127.0.0.1: a listener that accepts and never answers, one
 * that answers in the wrong protocol, a closed port, and a rogue MySQL server that asks the client
 * for a local file. Each records what it received.
 */

export type TestServer = { port: number; received: () => Buffer; close: () => Promise<void> };

async function listen(onConnection: (socket: net.Socket, record: (chunk: Buffer) => void) => void): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const chunks: Buffer[] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    onConnection(socket, (chunk) => chunks.push(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    received: () => Buffer.concat(chunks),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Accepts connections and never sends a byte. */
export function silentListener(): Promise<TestServer> {
  return listen((socket, record) => socket.on("data", record));
}

/** Answers every connection with an HTTP error and hangs up: a port that speaks another protocol. */
export function wrongProtocolListener(): Promise<TestServer> {
  return listen((socket, record) => {
    socket.on("data", record);
    socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  });
}

/** A port on 127.0.0.1 with nothing listening (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function packet(sequence: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUIntLE(payload.length, 0, 3);
  header.writeUInt8(sequence, 3);
  return Buffer.concat([header, payload]);
}

function handshakePayload(): Buffer {
  const capabilities = 0x00000001 | 0x00000008 | 0x00000080 | 0x00000200 | 0x00002000 | 0x00008000 | 0x00080000;
  const scramble = Buffer.from("abcdefghijklmnopqrst");
  return Buffer.concat([
    Buffer.from([0x0a]),
    Buffer.from("5.7.99-rogue\0"),
    Buffer.from([1, 0, 0, 0]),
    scramble.subarray(0, 8),
    Buffer.from([0]),
    Buffer.from([capabilities & 0xff, (capabilities >> 8) & 0xff]),
    Buffer.from([33]),
    Buffer.from([2, 0]),
    Buffer.from([(capabilities >> 16) & 0xff, (capabilities >> 24) & 0xff]),
    Buffer.from([21]),
    Buffer.alloc(10),
    scramble.subarray(8),
    Buffer.from([0]),
    Buffer.from("mysql_native_password\0"),
  ]);
}

const OK_PAYLOAD = Buffer.from([0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00]);

/**
 * A MySQL server that accepts any login and answers the first query with a LOCAL INFILE request
 * for `requestedFile`. `received()` holds every byte the client sent afterwards.
 */
export function rogueMysqlServer(requestedFile: string): Promise<TestServer & { afterInfileRequest: () => Buffer }> {
  const afterRequest: Buffer[] = [];
  return listen((socket, record) => {
    let phase: "login" | "query" | "infile" = "login";
    let buffered = Buffer.alloc(0);
    socket.write(packet(0, handshakePayload()));
    socket.on("data", (chunk: Buffer) => {
      record(chunk);
      if (phase === "infile") {
        afterRequest.push(chunk);
        // The client ends its file (or its refusal) with an empty packet: answer with an error.
        if (Buffer.concat(afterRequest).includes(Buffer.from([0, 0, 0]))) {
          socket.write(packet(3, Buffer.concat([Buffer.from([0xff, 0x10, 0x04]), Buffer.from("#HY000no file received")])));
        }
        return;
      }
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 4) return;
      const length = buffered.readUIntLE(0, 3);
      if (buffered.length < 4 + length) return;
      buffered = buffered.subarray(4 + length);
      if (phase === "login") {
        phase = "query";
        socket.write(packet(2, OK_PAYLOAD));
      } else {
        phase = "infile";
        socket.write(packet(1, Buffer.concat([Buffer.from([0xfb]), Buffer.from(requestedFile)])));
      }
    });
  }).then((server) => ({ ...server, afterInfileRequest: () => Buffer.concat(afterRequest) }));
}
