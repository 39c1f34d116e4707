/** Toast texts of the node hooks. */
export const NODE_TOASTS = {
  frozen: (name: string) => `${name} is frozen`,
  unfrozen: (name: string) => `${name} is unfrozen`,
  owner: (name: string, owner: string) => `${name} now belongs to ${owner}`,
  smokeTest: "Smoke test started",
  failed: (what: string) => `${what} was not carried out`,
  freezeLabel: "Freeze",
  unfreezeLabel: "Unfreeze",
  ownerLabel: "Owner change",
  smokeTestLabel: "Smoke test",
} as const;
