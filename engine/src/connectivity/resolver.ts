import dns from "node:dns";
import net from "node:net";

/** Every address a name resolves to. Tests pass their own (never real DNS to non-loopback). */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) => {
  if (net.isIP(host) !== 0) return [host];
  const answers = await dns.promises.lookup(host, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
};
