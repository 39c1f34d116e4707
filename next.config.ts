import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build bundles only what app/ imports, and the console never imports engine/ or bench/. Type
  // checking is `npm run typecheck` over the whole repository, so a half-written engine module can
  // never stop `npm start` from building the console (and the build stays quicker on 2 cores).
  typescript: { ignoreBuildErrors: true },
  // Pin the workspace root so Next does not walk up looking for another lockfile.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  async headers() {
    return [{ source: "/icon.png", headers: [{ key: "Cache-Control", value: "public, max-age=604800" }] }];
  },
};

export default nextConfig;
