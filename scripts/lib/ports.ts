import net from "node:net";

export type PortState = "free" | "in-use" | "forbidden";

/**
 * Whether `host:port` can be bound now. Checked by binding, not connecting, so it sees exactly
 * what the child we are about to start would see ("forbidden": a privileged port, say).
 */
export function checkPort(host: string, port: number): Promise<PortState> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve("in-use");
      else if (error.code === "EACCES") resolve("forbidden");
      else reject(error);
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve("free")));
  });
}
