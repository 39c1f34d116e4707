import type { BadgeTone } from "@/components/ui/badge";
import type { TAuditResult } from "@/lib/contracts/audit";

/** Colour plus a shape for each result, so it reads without colour too. */
export const AUDIT_RESULT_STYLE: Record<TAuditResult, { tone: BadgeTone; icon: "check" | "half" | "cross" | "block" }> = {
  ok: { tone: "ok", icon: "check" },
  partial: { tone: "warn", icon: "half" },
  failed: { tone: "danger", icon: "cross" },
  refused: { tone: "neutral", icon: "block" },
};
